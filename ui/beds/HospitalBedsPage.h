#pragma once

#include "widgets/Section.h"
#include "widgets/TablePage.h"

class AlphabeticalSortProxy;
class BedAvailabilityModel;
class QComboBox;
class QPushButton;
class ReferenceNames;
class Workspace;

// Free beds of every hospital and profile for today, tomorrow and the day after, by region and profile.
class HospitalBedsPage : public TablePage, public Section
{
    Q_OBJECT

public:
    HospitalBedsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("beds"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;
    BedAvailabilityModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillSelectors();
    void updateTotals();
    void showHistory();

    const ReferenceNames& m_names;
    Workspace& m_workspace;
    BedAvailabilityModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QComboBox* m_region;
    QComboBox* m_profile;
    QPushButton* m_history;
};
