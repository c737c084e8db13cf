#pragma once

#include "models/AreaTableModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantHash>

// An area table as `locations list` and `shoppers list` print it: the window's own model (the
// same search, the same filters, the same order), fetched whole, and its rows as JSON objects
// keyed by the spec's column keys, so the command line and the window never disagree.
class AreaTableListing
{
public:
    // Reads every matching row into model; false (and *failure) when the file fails.
    static bool load(AreaTableModel* model, const QSqlDatabase& db, const QString& search, const QVariantHash& filters,
                     QString* failure);
    // Check columns become booleans, numbers numbers, and the columns named in listKeys (text
    // such as "en, lv") arrays.
    static QJsonArray json(const AreaTableModel& model, const QStringList& listKeys = {});
    // The whole answer: file, total, matching, and the rows under `name`.
    static QJsonObject answer(const AreaTableModel& model, const QString& file, const QString& name, const QJsonArray& rows);
};
