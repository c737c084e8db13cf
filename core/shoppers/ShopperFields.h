#pragma once

#include "io/ImportFieldTable.h"

#include <QCoreApplication>
#include <QString>

// The fields of a shopper as files, forms and messages name them: the keys of the CSV header and
// of --map ("code", "birth_year", "conflict_locations"...), the labels people read ("Birth year")
// and the header names an import recognises in the programme's languages.
class ShopperFields
{
    Q_DECLARE_TR_FUNCTIONS(ShopperFields)

public:
    enum Field {
        Code,
        // Personal data: never in an export unless asked for.
        Name, Email, Phone, Address, Postcode,
        BirthYear, Gender, Languages, Tags, City, Latitude, Longitude, CapacityPerWave, CapacityPerDay, Status,
        Rating, Joined, Unavailable, ConflictLocations, ConflictBrands,
        FieldCount
    };

    static const ImportFieldTable& table();
    static QString key(Field field) { return table().key(field); }
    static QString label(Field field);
    static bool isPersonal(int field) { return field >= Name && field <= Postcode; }
};
