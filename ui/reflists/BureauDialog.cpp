#include "reflists/BureauDialog.h"

#include "ReferenceNames.h"
#include "domain/OperationError.h"
#include "services/BureauService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BureauDialog::BureauDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("bureauDialog"));
    setWindowTitle(tr("Bureau details"));
    m_name->setObjectName(QStringLiteral("bureauName"));
    m_name->setMaxLength(BureauService::maxNameLength);
    m_name->setPlaceholderText(tr("Bureau of Hospitalization"));
    m_name->setMinimumWidth(420);
    m_region->setObjectName(QStringLiteral("bureauRegion"));
    m_region->addItem(tr("— the region of what is printed —"), QString());
    for (const QString& code : names.regionCodes())
        m_region->addItem(names.regionName(code), code);

    const BureauService::Info info = workspace.bureau().info();
    m_name->setText(info.name);
    m_region->setCurrentIndex(std::max(0, m_region->findData(info.regionCode)));

    auto* note = new QLabel(tr("Every printout names the bureau in its heading: referral tickets, queue lists and "
                               "the other lists. Without a name it says «Bureau of Hospitalization» in the "
                               "printout's language; without a region it names the region of the hospital "
                               "printed. The details are kept in the database, so every workstation of the "
                               "bureau prints the same."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_problem->setObjectName(QStringLiteral("bureauProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BureauDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void BureauDialog::accept()
{
    try {
        m_workspace.bureau().setInfo({m_name->text(), m_region->currentData().toString()});
    } catch (const OperationError& error) {
        // Nothing was saved; the clerk corrects the field and saves again.
        m_problem->setText(error.message());
        m_problem->show();
        (error.field() == QStringLiteral("region") ? static_cast<QWidget*>(m_region) : m_name)->setFocus();
        return;
    }
    QDialog::accept();
}
