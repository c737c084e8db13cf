#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The panel as rows for a CSV file, with a header whose names the importer reads back, so an
// export re-imports unchanged. Personal data (name, e-mail, phone, address, postcode) is left
// out unless asked for: the pseudonymous rest is what planning and analysis need, and a file
// with names in it must only go where data protection allows.
class ShopperExport
{
    Q_DECLARE_TR_FUNCTIONS(ShopperExport)

public:
    // Empty (and *error) when the file cannot be read.
    static QList<QStringList> rows(const QSqlDatabase& db, bool includePersonal, QString* error);
};
