#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;
class ReferenceNames;
class Workspace;

// The bureau at a glance: referrals by status, registrations today and this month, how long patients
// wait per profile, the share refused, and free beds and occupancy per region with a chart.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    Workspace& m_workspace;
    const ReferenceNames& m_names;
    QLabel* m_title;
    QLabel* m_counters;
    QLabel* m_usage;
    QTableWidget* m_statuses;
    QTableWidget* m_waits;
    QTableWidget* m_beds;
    QChartView* m_chart;
};
