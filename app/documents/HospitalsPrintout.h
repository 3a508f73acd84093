#pragma once

#include "domain/Hospital.h"
#include "domain/Language.h"

#include <QList>

#include <memory>

class TableDocument;
class Workspace;

// The hospital registry as listed on screen: code, name, region, address, telephone and the bed profiles
// each hospital admits planned patients to.
class HospitalsPrintout
{
public:
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QList<Hospital>& hospitals,
                                                const QStringList& filters, Language language);
};
