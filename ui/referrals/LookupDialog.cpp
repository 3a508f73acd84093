#include "referrals/LookupDialog.h"

#include "ReferenceNames.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "domain/ReferralCode.h"
#include "services/UsageService.h"
#include "services/WaitingListService.h"
#include "services/Workspace.h"
#include "widgets/ScannedInput.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LookupDialog::LookupDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_code(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_open(new QPushButton(tr("&Open the referral…"), this))
    , m_queue(new QPushButton(tr("Show the &waiting list"), this))
{
    setObjectName(QStringLiteral("lookupDialog"));
    setWindowTitle(tr("Where is the patient in the queue?"));
    setMinimumWidth(640);
    m_code->setObjectName(QStringLiteral("lookupCode"));
    ScannedInput::codeOrText(m_code);
    m_code->setPlaceholderText(tr("Referral code, e.g. 71.7101.CAR.1F — type it or scan the ticket"));
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.4);
    m_code->setFont(codeFont);
    m_result->setObjectName(QStringLiteral("lookupResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setMinimumHeight(280);
    m_open->setObjectName(QStringLiteral("lookupOpenButton"));
    m_queue->setObjectName(QStringLiteral("lookupQueueButton"));
    m_open->setEnabled(false);
    m_queue->setEnabled(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_queue, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_code);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::returnPressed, this, [this] { lookUp(m_code->text()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_referralId > 0)
            emit openReferralRequested(m_referralId);
    });
    connect(m_queue, &QPushButton::clicked, this, [this] {
        emit showQueueRequested(m_hospitalCode, m_profileCode);
        accept();
    });
}

void LookupDialog::lookUp(const QString& text)
{
    const ReferralCode scanned = ReferralCode::parseScanned(text);
    const QString code = scanned.isValid() ? scanned.text() : text.trimmed();
    m_code->setText(code);
    m_referralId = 0;
    m_open->setEnabled(false);
    m_queue->setEnabled(false);
    WaitingListService::Lookup l;
    try {
        l = m_workspace.waitingList().lookup(code);
    } catch (const OperationError& e) {
        m_result->setText(
            QStringLiteral("<p style='color:#a02020; font-size:large'>%1</p>").arg(e.message().toHtmlEscaped()));
        m_code->selectAll();
        return;
    }
    // An answered lookup counts for the bureau's usage counters (written in batches: UsageService).
    m_workspace.usage().countLookup();
    m_referralId = l.referral.id;
    m_hospitalCode = l.hospital.code;
    m_profileCode = l.profileCode;
    m_open->setEnabled(true);
    m_queue->setEnabled(l.position > 0);
    const Language language = m_names.language();
    QString html = QStringLiteral("<table cellspacing='6'>");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    row(tr("Status"), QStringLiteral("<b>%1</b>").arg(ReferralStatuses::label(l.referral.status).toHtmlEscaped()));
    row(tr("Hospital"), QStringLiteral("%1<br>%2 %3")
                            .arg(l.hospital.name.toHtmlEscaped(), l.hospital.address.toHtmlEscaped(),
                                 l.hospital.phone.toHtmlEscaped()));
    row(tr("Bed profile"), m_names.profileName(l.profileCode).toHtmlEscaped());
    if (l.position > 0) {
        row(tr("Place in the waiting list"), QStringLiteral("<b style='font-size:x-large'>%1</b> %2")
                                                 .arg(l.position)
                                                 .arg(tr("of %1").arg(l.queueLength)));
        row(l.referral.scheduledDate.isValid() ? tr("Confirmed admission day") : tr("Preliminary date"),
            QStringLiteral("<b style='font-size:x-large'>%1</b>").arg(DisplayFormat::date(l.preliminaryDate)));
    } else {
        row(tr("Place in the waiting list"), tr("not in a waiting list now").toHtmlEscaped());
    }
    QStringList documents;
    for (const DocumentType& d : l.documentsToBring) {
        documents << (d.expires() ? tr("%1 (valid %n day(s) from issue)", nullptr, d.validityDays).arg(d.name(language))
                                  : d.name(language))
                         .toHtmlEscaped();
    }
    row(tr("Documents to bring"), documents.join(QStringLiteral("<br>")));
    row(tr("Regional bureau"), l.bureau ? (l.bureau->hasPhone() ? l.bureau->dialString().toHtmlEscaped()
                                                                : tr("number not published").toHtmlEscaped())
                                        : QString());
    html += QStringLiteral("</table>");
    m_result->setText(html);
}
