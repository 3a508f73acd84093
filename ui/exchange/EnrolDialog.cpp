#include "exchange/EnrolDialog.h"

#include "domain/Language.h"
#include "services/ReferenceDataService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EnrolDialog::EnrolDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_region(new QComboBox(this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol a workstation"));
    m_name->setObjectName(QStringLiteral("enrolName"));
    m_name->setMaxLength(120);
    m_name->setMinimumWidth(360);
    m_name->setPlaceholderText(tr("for example, City polyclinic No. 4"));
    m_region->setObjectName(QStringLiteral("enrolRegion"));
    m_region->addItem(tr("— not given —"), QString());
    for (const Region& r : workspace.referenceData().regions())
        m_region->addItem(r.name(Languages::current()), r.code);
    auto* note = new QLabel(tr("The workstation gets a code that is never given again and a key to sign its packages "
                               "with. Save its enrolment file and take it to the workstation: it holds the key, so "
                               "keep it like one."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString EnrolDialog::name() const
{
    return m_name->text().simplified();
}

QString EnrolDialog::regionCode() const
{
    return m_region->currentData().toString();
}
