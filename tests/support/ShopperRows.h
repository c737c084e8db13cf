#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Every row of the shopper tables (shopper, personal data, languages, tags, periods, conflicts),
// ids included, as text in a fixed order: equal dumps mean the very same panel.
QStringList shopperRows(const QSqlDatabase& db);
