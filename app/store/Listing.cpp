#include "Listing.h"

int Listing::columnIndex(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

QStringList Listing::columnKeys() const
{
    QStringList keys;
    for (const Column& column : columns)
        keys << column.key;
    return keys;
}
