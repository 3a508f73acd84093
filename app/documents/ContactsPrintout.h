#pragma once

#include "domain/Language.h"
#include "domain/RegionalContact.h"

#include <QList>

#include <memory>

class TableDocument;
class Workspace;

// The directory of the regional bureaus' telephones, as the portal publishes them: a number the portal
// does not give is printed as not published, never invented.
class ContactsPrintout
{
public:
    // Every contact, in region order.
    static std::unique_ptr<TableDocument> build(Workspace& workspace, Language language);
    // These contacts in this order (the list on screen, as filtered and sorted).
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QList<RegionalContact>& contacts,
                                                const QStringList& filters, Language language);
};
