#pragma once

#include "ShopperFields.h"
#include "ShopperStore.h"
#include "io/CsvProblem.h"
#include "io/CsvTable.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

// Shoppers from an agency's CSV file, read as robustly as locations (the same reader, the same
// header recognition and the same naming of places): every row is checked with its line and
// column named, then the plan says what will change. A code the panel has is updated, never
// duplicated, and only in the fields the file maps; a shopper the file leaves as it is counts as
// unchanged and is not written. A dry run is plan() without Command::importShoppers().
class ShopperImport
{
    Q_DECLARE_TR_FUNCTIONS(ShopperImport)

public:
    using Mapping = ImportFieldTable::Mapping; // ShopperFields::Field -> column

    struct Options
    {
        bool decimalComma = false; // 56,9496 and 4,5 in coordinates and ratings
    };

    // A shopper the file adds or changes: what it was (nothing when new) and what it becomes.
    struct Record
    {
        qsizetype line = 0;
        std::optional<ShopperStore::Stored> before;
        Shopper after;
    };

    struct Plan
    {
        std::vector<Record> records; // the shoppers to write, in file order
        QList<CsvProblem> problems;  // every problem with its line and column; errors leave the row out
        int inserts = 0;
        int updates = 0;
        int unchanged = 0; // known codes whose mapped fields already hold the file's values
        bool hasErrors() const { return CsvProblem::any(problems, CsvProblem::Severity::Error); }
    };

    static Mapping guessMapping(const QStringList& header) { return ShopperFields::table().guess(header); }
    // Empty when the mapping can be imported: the code is chosen, and latitude and longitude
    // are chosen together.
    static QString mappingProblem(const Mapping& mapping);
    static Plan plan(const QSqlDatabase& db, const CsvTable& table, const Mapping& mapping, const Options& options,
                     const QString& fileName);

    // The cell formats, shared with the export so that a file re-imports unchanged.
    static QString formatList(const QStringList& values);
    static QString formatPeriods(const QList<Shopper::Period>& periods);
    static QStringList splitList(const QString& text);
    // "2026-07-01..2026-07-14, 2026-12-24" (ISO or 01.07.2026; ".." or an en dash between the ends; a
    // day alone is a period of one day); nullopt when a part is not a period.
    static std::optional<QList<Shopper::Period>> parsePeriods(const QString& text);
    static std::optional<QDate> parseDate(const QString& text);
};
