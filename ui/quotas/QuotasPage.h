#pragma once

#include "widgets/Section.h"
#include "widgets/TablePage.h"

class AlphabeticalSortProxy;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QuotaPlanModel;
class ReferenceNames;
class Workspace;

// The yearly plan of HTMC quotas for one profile, region by region: population, allocated, used and
// remaining in a table where the allocation and the population are edited in place, and a chart of used
// against allocated. A national total is split among the regions by population with Allocate by
// population….
class QuotasPage : public TablePage, public Section
{
    Q_OBJECT

public:
    QuotasPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("quotas"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;

    QuotaPlanModel* model() const { return m_model; }
    QChart* chart() const { return m_chart; }
    QSpinBox* yearSpin() const { return m_year; }
    QComboBox* profileCombo() const { return m_profile; }
    void showPlan(int year, const QString& profileCode);
    // Asks for the national total and splits it among the regions.
    void allocate();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillProfiles();
    void updateChart();
    void updateCount();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    QuotaPlanModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QSpinBox* m_year;
    QLabel* m_yearLabel;
    QComboBox* m_profile;
    QLabel* m_profileLabel;
    QPushButton* m_allocate;
    QChart* m_chart;
    QChartView* m_chartView;
};
