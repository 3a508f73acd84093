#pragma once

#include "widgets/Section.h"
#include "widgets/TablePage.h"

class AlphabeticalSortProxy;
class HospitalRegistryModel;
class QPushButton;
class ReferenceNames;
class Workspace;

// The hospital registry: who admits planned patients, where, and to which bed profiles.
class HospitalsPage : public TablePage, public Section
{
    Q_OBJECT

public:
    HospitalsPage(Workspace& workspace, const ReferenceNames& names, QWidget* parent = nullptr);

    QWidget* sectionWidget() override { return this; }
    QString sectionTitle() const override;
    QIcon sectionIcon() const override;
    QString sectionKey() const override { return QStringLiteral("hospitals"); }
    QAbstractItemView* mainTable() const override;
    void refresh() override;
    std::optional<DocumentPrinter::Job> printJob() const override;
    HospitalRegistryModel* model() const { return m_model; }
    void editProfiles();
    void addHospital();

signals:
    void registryChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Workspace& m_workspace;
    const ReferenceNames& m_names;
    HospitalRegistryModel* m_model;
    AlphabeticalSortProxy* m_proxy;
    QPushButton* m_add;
    QPushButton* m_profiles;
};
