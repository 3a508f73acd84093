#pragma once

#include "domain/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QString>

// The bureau itself, as its printouts name it: a name and a region, kept in the database's settings so
// every workstation of the bureau prints the same heading. Both may be left unset: printouts then say
// "Bureau of Hospitalization" in their own language and name the region of what they print (the
// hospital of a ticket or a queue).
class BureauService
{
    Q_DECLARE_TR_FUNCTIONS(BureauService)

public:
    struct Info
    {
        QString name;       // empty: the printout's words for "Bureau of Hospitalization"
        QString regionCode; // KATO; empty: the region of what is printed
    };

    explicit BureauService(Database& database, const Clock& clock = Clock::system());

    Info info() const;
    // Throws OperationError(Invalid) for an unknown region (field "region") or an overlong name ("name").
    void setInfo(const Info& info);

    static constexpr int maxNameLength = 200;

private:
    Database& m_database;
    const Clock& m_clock;
};
