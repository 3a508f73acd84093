#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Workspace;

// File → Exchange → Conflicts…: changes that met and could not both stay — the same field changed at the bureau and
// at a workstation, an edit of a referral the bureau had closed, a code already given — with the value that stayed
// and the one that did not, where it came from and when. A clerk marks one as reviewed with a note.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(Workspace& workspace, QWidget* parent = nullptr);

    // For the conflicts list: a stored value as a clerk reads it.
    static QString shownValue(const QString& field, const QString& json);
    static QString fieldLabel(const QString& field);
    static QString kindLabel(const QString& kind);

private:
    void reload();
    void markReviewed();

    Workspace& m_workspace;
    QTableWidget* m_table;
    QCheckBox* m_showReviewed;
    QLineEdit* m_note;
    QPushButton* m_review;
};
