#pragma once

#include "PageFrame.h"

class PrintLanguage;
class Workspace;

// The head and foot of every printout of this bureau: the bureau's name (from the settings, else the
// printout's words for "Bureau of Hospitalization"), its region (the bureau's own, else the region of
// what is printed) with that region's bureau telephone from the contacts, and the moment of printing.
class BureauHeading
{
public:
    // regionCode: the region of what is printed (a ticket's or a queue's hospital); may be empty.
    static PageFrame frame(Workspace& workspace, const PrintLanguage& language, const QString& regionCode,
                           const QString& footer);
    // "Printed 16.11.2026 10:00" in the printout's language, at the workspace's clock.
    static QString printedAt(Workspace& workspace, const PrintLanguage& language);
};
