#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class Workspace;

// Help → Report a problem…: the clerk describes what happened; the report also carries the program's version,
// the kind of database, the last error messages and the end of the application log — shown here before it is
// sent, so the clerk sees that no patient's data goes with it. The answer is the portal's: "Thank you…" when the
// report was stored, "Sorry… try again later" when it could not be (the text stays, to send again).
class ProblemReportDialog : public QDialog
{
    Q_OBJECT

public:
    ProblemReportDialog(Workspace& workspace, QWidget* parent = nullptr);

    QString answer() const;
    bool stored() const { return m_stored; }

private:
    void send();
    void showDetails(bool shown);

    Workspace& m_workspace;
    QPlainTextEdit* m_description;
    QToolButton* m_detailsToggle;
    QPlainTextEdit* m_details;
    QLabel* m_answer;
    QPushButton* m_send;
    QPushButton* m_close;
    bool m_stored = false;
};
