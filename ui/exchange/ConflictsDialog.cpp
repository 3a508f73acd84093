#include "exchange/ConflictsDialog.h"

#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "domain/ReferralStatus.h"
#include "services/ExchangeService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictsDialog::ConflictsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_showReviewed(new QCheckBox(tr("Show those already &reviewed"), this))
    , m_note(new QLineEdit(this))
    , m_review(new QPushButton(tr("&Mark as reviewed"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Exchange conflicts"));
    resize(1150, 560);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_showReviewed->setObjectName(QStringLiteral("showReviewed"));
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("What was decided, for example: phoned the patient, the bureau's number is right"));
    m_review->setObjectName(QStringLiteral("markReviewedButton"));
    m_review->setEnabled(false);
    auto* note = new QLabel(tr("Nothing is dropped in an exchange: where the bureau and a workstation changed the same "
                               "field, or a workstation changed a referral the bureau had closed, the bureau's value "
                               "stays and both are listed here. Correct the record if the other value is right, then "
                               "mark the conflict as reviewed."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* review = new QHBoxLayout;
    review->addWidget(m_note, 1);
    review->addWidget(m_review);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_showReviewed);
    layout->addWidget(m_table, 1);
    layout->addLayout(review);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showReviewed, &QCheckBox::toggled, this, &ConflictsDialog::reload);
    connect(m_review, &QPushButton::clicked, this, &ConflictsDialog::markReviewed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> items = m_table->selectedItems();
        m_review->setEnabled(!items.isEmpty() && !items.first()->data(Qt::UserRole + 1).toBool());
    });
    reload();
}

QString ConflictsDialog::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictsDialog", "Status")},
        {QStringLiteral("scheduled_date"), QT_TRANSLATE_NOOP("ConflictsDialog", "Confirmed date")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ConflictsDialog", "Phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ConflictsDialog", "Address")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("ConflictsDialog", "Last name")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("ConflictsDialog", "First name")},
        {QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("ConflictsDialog", "Middle name")},
        {QStringLiteral("clinic"), QT_TRANSLATE_NOOP("ConflictsDialog", "Clinic")},
        {QStringLiteral("benefit"), QT_TRANSLATE_NOOP("ConflictsDialog", "Benefit")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("ConflictsDialog", "Priority")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ConflictsDialog", "Notes")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("ConflictsDialog", "Referral code")},
        {QStringLiteral("hospitalized_on"), QT_TRANSLATE_NOOP("ConflictsDialog", "Admitted on")},
        {QStringLiteral("discharged_on"), QT_TRANSLATE_NOOP("ConflictsDialog", "Discharged on")},
    };
    const auto found = labels.constFind(field);
    return found == labels.constEnd() ? field : tr(found.value());
}

QString ConflictsDialog::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("same_field"))
        return tr("changed at both");
    if (kind == QLatin1String("closed"))
        return tr("referral closed by the bureau");
    if (kind == QLatin1String("deleted"))
        return tr("record deleted at the bureau");
    if (kind == QLatin1String("code_taken"))
        return tr("code already taken");
    if (kind == QLatin1String("event"))
        return tr("step not taken at the bureau");
    return kind;
}

QString ConflictsDialog::shownValue(const QString& field, const QString& json)
{
    const QJsonValue value =
        QJsonDocument::fromJson(QString(QLatin1Char('[') + json + QLatin1Char(']')).toUtf8()).array().at(0);
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (value.isObject())
        return value.toObject()
            .value(QStringLiteral("code"))
            .toString(value.toObject()
                          .value(QStringLiteral("iin"))
                          .toString(value.toObject().value(QStringLiteral("uid")).toString()));
    const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    if (field == QLatin1String("status"))
        return ReferralStatuses::labelForCode(text);
    if (field.endsWith(QLatin1String("_date")) || field.endsWith(QLatin1String("_on")))
        return DisplayFormat::dateFromStored(text);
    return text.isEmpty() ? tr("(empty)") : text;
}

void ConflictsDialog::reload()
{
    QList<ExchangeConflict> list;
    try {
        list = ExchangeService(m_workspace.database(), m_workspace.clock()).conflicts(!m_showReviewed->isChecked());
    } catch (const OperationError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    const QStringList headers = {tr("Record"),    tr("What"), tr("Field"), tr("Kept"),
                                 tr("Not taken"), tr("From"), tr("Found"), tr("Review")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const ExchangeConflict& c = list.at(r);
        QString from = ExchangeIdentity::label(c.workstationCode);
        if (!c.originActor.isEmpty())
            from += QStringLiteral(", ") + c.originActor;
        const QStringList cells = {
            c.label.isEmpty() ? c.recordUid : c.label,
            kindLabel(c.kind),
            fieldLabel(c.field),
            shownValue(c.field, c.keptValue),
            shownValue(c.field, c.otherValue),
            from,
            DisplayFormat::dateTime(c.detectedAt),
            c.resolved ? tr("reviewed by %1: %2").arg(c.resolvedBy, c.resolution) : tr("to review"),
        };
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, c.resolved);
            m_table->setItem(r, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_review->setEnabled(false);
}

void ConflictsDialog::markReviewed()
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    try {
        ExchangeService(m_workspace.database(), m_workspace.clock())
            .resolveConflict(items.first()->data(Qt::UserRole).toLongLong(), m_note->text());
        m_note->clear();
    } catch (const OperationError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    reload();
}
