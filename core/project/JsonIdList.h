#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

// Thousands of ids go into one statement as a single bound JSON array, read with
// `... IN (SELECT value FROM json_each(?))`: no statement text built from values, and no limit
// on the number of bound parameters.
template <typename Ids>
QString jsonIdList(const Ids& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
