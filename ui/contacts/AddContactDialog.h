#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AddContactDialog;
}
class ReferenceNames;

// Asks for the region, area code and number of a new regional bureau contact.
class AddContactDialog : public QDialog
{
    Q_OBJECT

public:
    AddContactDialog(const ReferenceNames& names, QWidget* parent = nullptr);
    ~AddContactDialog() override;

    QString regionCode() const;
    QString areaCode() const;
    QString phone() const;
    QString note() const;
    // Shows the service's message next to the form and keeps the dialog open.
    void showProblem(const QString& message);

private:
    std::unique_ptr<Ui::AddContactDialog> m_ui;
};
