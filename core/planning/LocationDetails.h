#pragma once

#include "LocationImport.h"
#include "OpeningHours.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>

// Everything about one location, as the form shows it and `locations show` prints it: its
// fields by the importer's keys (geography as country, region and area names), its opening
// hours and its attributes.
struct LocationDetails
{
    // By LocationImport::fieldKey: text, or a double (coordinates), an int (staff) or a bool
    // (competitor, active); a missing number is a null QVariant.
    QHash<QString, QVariant> values;
    std::array<OpeningHours::Day, 7> hours; // Monday first
    LocationImport::Attributes attributes;  // by name

    // The location with this code; nullopt (and *error) when there is none or the file fails.
    static std::optional<LocationDetails> load(const QSqlDatabase& db, const QString& code, QString* error);
};
