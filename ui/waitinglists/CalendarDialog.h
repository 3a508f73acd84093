#pragma once

#include <QDialog>

class QSpinBox;
class QTableWidget;
class ReferenceNames;
class Workspace;

// The working calendar of one year: public holidays, days off moved by law or decree, and weekend days
// made working days. Changes plan every waiting list again.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

signals:
    void calendarChanged();

private:
    void fill();
    void addDay(bool working);
    void removeDay();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    QSpinBox* m_year;
    QTableWidget* m_days;
};
