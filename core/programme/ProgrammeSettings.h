#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The programme's settings row and languages as they are in the file.
struct ProgrammeSettings
{
    QString clientName;
    QString programmeName;
    QString sourceLanguage;
    QString reportLanguage;
    QVariant targetScore; // null when the client set no target
    int smallBaseThreshold = 5;
    int lockoutDays = 60;
    bool staffNamesAllowed = true;
    QString createdAt;
    QString chartFont; // empty: DejaVu Sans
    QByteArray logo; // PNG or JPEG; empty: none
    QStringList languages; // in the programme's order
    QStringList colours;

    static std::optional<ProgrammeSettings> read(const QSqlDatabase& db, QString* error);
};
