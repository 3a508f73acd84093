#pragma once

#include <QString>

// A medical organization that admits planned patients. The 4-character code is the MMMM of every
// referral code it receives.
struct Hospital
{
    qint64 id = 0;
    QString uid;
    QString code;
    QString name;
    QString regionCode;
    QString address;
    QString phone;
    QString kind; // regional, city, district, republican, private, ...
    bool active = true;
    bool demo = false; // shipped as an example; a bureau replaces these with its own registry
};
