#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The wave a user names, by its code or else by its name (codes win; a name two waves share
// is refused as ambiguous). Used wherever a command or a form takes a wave from the user.
class WaveLookup
{
    Q_DECLARE_TR_FUNCTIONS(WaveLookup)

public:
    static std::optional<qint64> find(const QSqlDatabase& db, const QString& codeOrName, QString* error);
};
