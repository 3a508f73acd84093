#pragma once

#include "widgets/Section.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;
class ReferenceNames;
class Workspace;

// The bureau at a glance: referrals by status, registrations today and this month, how long patients
// wait per profile, the share refused, and free beds and occupancy per region with a chart.
class DashboardPage : public QWidget, public Section
{
    Q_OBJECT

public:
    DashboardPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("dashboard"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    // The bureau at a glance on paper, at the moment of printing (DashboardPrintout).
    std::optional<DocumentPrinter::Job> printJob() const override;

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
