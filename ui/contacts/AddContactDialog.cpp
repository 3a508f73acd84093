#include "contacts/AddContactDialog.h"

#include "ReferenceNames.h"
#include "ui_AddContactDialog.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

AddContactDialog::AddContactDialog(const ReferenceNames& names, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddContactDialog>())
{
    m_ui->setupUi(this);
    for (const QString& code : names.regionCodes())
        m_ui->regionCombo->addItem(names.regionName(code), code);
    m_ui->areaCodeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), this));
    m_ui->phoneEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 \\-]{0,12}")), this));
    m_ui->problemLabel->hide();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    auto update = [this, ok] { ok->setEnabled(m_ui->areaCodeEdit->text().size() >= 3); };
    connect(m_ui->areaCodeEdit, &QLineEdit::textChanged, this, update);
    update();
}

AddContactDialog::~AddContactDialog() = default;

QString AddContactDialog::regionCode() const
{
    return m_ui->regionCombo->currentData().toString();
}

QString AddContactDialog::areaCode() const
{
    return m_ui->areaCodeEdit->text();
}

QString AddContactDialog::phone() const
{
    return m_ui->phoneEdit->text();
}

QString AddContactDialog::note() const
{
    return m_ui->noteEdit->text();
}

void AddContactDialog::showProblem(const QString& message)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->show();
}
