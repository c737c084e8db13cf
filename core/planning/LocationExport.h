#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The locations as rows for a CSV file, with a header whose names the importer reads back, so an
// export re-imports unchanged. Locations hold no personal data.
class LocationExport
{
public:
    static QList<QStringList> rows(const QSqlDatabase& db, QString* error);
};
