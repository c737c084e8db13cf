#pragma once

#include "OpeningHours.h"
#include "io/CsvProblem.h"
#include "io/CsvTable.h"
#include "io/ImportFieldTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <optional>
#include <utility>
#include <vector>

// Locations from a client's CSV file: which column holds what (guessed from the header in the
// usual languages, or given), every row checked with its line and column named (missing or
// duplicate code, bad coordinate, unknown region...), then written whole: new codes are added,
// known codes updated (only the mapped fields). A dry run is simply plan() without apply().
class LocationImport
{
    Q_DECLARE_TR_FUNCTIONS(LocationImport)

public:
    enum Field {
        Code, Name, Channel, Brand, Country, Region, Area, Address, Postcode, City, Latitude, Longitude,
        StaffCount, SizeClass, ManagerEmail, Competitor, Active,
        // Opening hours, one column per weekday ("09:00-12:00;13:00-18:00"; empty: closed).
        HoursMonday, HoursTuesday, HoursWednesday, HoursThursday, HoursFriday, HoursSaturday, HoursSunday,
        FieldCount
    };
    using Mapping = ImportFieldTable::Mapping; // Field -> column index
    // Free attributes of a location (name, value), in the order given.
    using Attributes = QList<std::pair<QString, QString>>;

    struct Options
    {
        bool decimalComma = false;      // 56,9496 in coordinates
        bool createMissingRegions = true; // off: a country / region / area the programme lacks is an error
    };

    // One location as the file says it; only mapped fields are set.
    struct Record
    {
        qsizetype line = 0;
        QHash<int, QVariant> values; // Field -> value, converted (double, int, bool, text)
        bool exists = false;         // a location with this code is already in the programme
        // Weekday (1 = Monday) -> its hours, for the weekdays mapped; they replace what was there.
        std::map<int, OpeningHours::Day> hours;
        // When set, the location's attributes become exactly these.
        std::optional<Attributes> attributes;
    };

    struct Plan
    {
        std::vector<Record> records; // the valid rows, in file order
        QList<CsvProblem> problems;  // every problem, with line and column; errors leave the row out
        QStringList newGeography;    // "Latvia > Rīga > Centrs" for units that will be created
        int inserts = 0;
        int updates = 0;
        bool hasErrors() const;
    };

    static const ImportFieldTable& fields();
    static QString fieldKey(Field field);   // "code", "name", "latitude"... (CLI --map keys)
    static QString fieldLabel(Field field); // for people
    static std::optional<Field> fieldFromKey(const QString& key);
    static Field hoursField(int weekday); // 1 = Monday
    static bool isHoursField(int field) { return field >= HoursMonday && field <= HoursSunday; }
    // Recognises the usual header names (English, Swedish, Norwegian, Latvian, Polish).
    static Mapping guessMapping(const QStringList& header);
    static QString mappingProblem(const Mapping& mapping); // empty when code and name are mapped
    // What is wrong with attributes typed into a form: a value without a name, a name given twice.
    static QStringList attributeProblems(const Attributes& attributes);

    static Plan plan(const QSqlDatabase& db, const CsvTable& table, const Mapping& mapping, const Options& options,
                     const QString& fileName);
};
