#pragma once

#include "Shopper.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Shoppers in the project file: read one by code or many at once (imports, exports, undo), and
// what an editor offers (cities, brands and location codes already in the file). Writing is
// ShopperWriter's.
class ShopperStore
{
    Q_DECLARE_TR_FUNCTIONS(ShopperStore)

public:
    // A shopper as stored: its id and the ids of its conflict rows (in the order of
    // shopper.conflicts), so that undo puts back the very same rows.
    struct Stored
    {
        qint64 id = 0;
        Shopper shopper;
        QList<qint64> conflictIds;
    };

    static std::optional<qint64> idOf(const QSqlDatabase& db, const QString& code);
    // Sets *error ("there is no shopper S000123") when the code is unknown.
    static std::optional<Shopper> load(const QSqlDatabase& db, const QString& code, QString* error);
    // The shoppers with these ids (by id); a few hundred per statement.
    static bool loadMany(const QSqlDatabase& db, const QList<qint64>& ids, QHash<qint64, Stored>* shoppers, QString* error);
    // The whole panel, by code order.
    static bool loadAll(const QSqlDatabase& db, QList<Stored>* shoppers, QString* error);
    // Code -> id of every shopper (what an import matches on).
    static QHash<QString, qint64> codes(const QSqlDatabase& db);

    // Visits that had the shopper (assigned now, or in their history): a shopper with any is kept.
    static qint64 visitCount(const QSqlDatabase& db, qint64 id);

    // What the editor offers: home cities of the panel, brands of locations and of conflicts,
    // codes of locations (for conflicts of interest).
    static QStringList knownCities(const QSqlDatabase& db);
    static QStringList knownBrands(const QSqlDatabase& db);
    static QStringList locationCodes(const QSqlDatabase& db);
};
