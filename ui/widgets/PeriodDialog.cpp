#include "widgets/PeriodDialog.h"

#include "domain/DisplayFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
bool g_hasNext = false;
std::optional<PeriodDialog::Period> g_next;

QDateEdit* dateEdit(const QDate& date, const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}
} // namespace

PeriodDialog::PeriodDialog(const QString& title, const Period& initial, QWidget* parent)
    : QDialog(parent)
    , m_from(dateEdit(initial.first, QStringLiteral("periodFrom"), this))
    , m_to(dateEdit(initial.second, QStringLiteral("periodTo"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("periodDialog"));
    setWindowTitle(title);
    m_problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To (inclusive):"), m_to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PeriodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PeriodDialog::Period PeriodDialog::period() const
{
    return {m_from->date(), m_to->date()};
}

void PeriodDialog::accept()
{
    if (m_from->date() > m_to->date()) {
        m_problem->setText(tr("The period ends before it begins: the last day must be on or after %1.")
                               .arg(DisplayFormat::date(m_from->date())));
        m_problem->show();
        m_to->setFocus();
        return;
    }
    QDialog::accept();
}

std::optional<PeriodDialog::Period> PeriodDialog::ask(QWidget* parent, const QString& title, const Period& initial)
{
    if (g_hasNext) {
        g_hasNext = false;
        return g_next;
    }
    PeriodDialog dialog(title, initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.period();
}

void PeriodDialog::setNextAnswer(std::optional<Period> answer)
{
    g_hasNext = true;
    g_next = std::move(answer);
}
