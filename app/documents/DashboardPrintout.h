#pragma once

#include "domain/Language.h"

#include <memory>

class TableDocument;
class Workspace;

// The bureau at a glance, as the dashboard shows it, on paper: referrals by status, registrations today and
// this month, the share refused, days waited by bed profile, and beds by region — at the moment of printing.
class DashboardPrintout
{
public:
    static std::unique_ptr<TableDocument> build(Workspace& workspace, Language language);
};
