#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Counts of everything in a project file: what `shopscope-cli info` prints and the overview
// shows. Reading it scans the answers table, so the GUI reads it off the GUI thread.
struct ProjectSummary
{
    QString clientName;
    QString programmeName;
    QStringList languages;
    int schemaVersion = 0;
    qint64 fileSize = 0;

    qint64 questionnaires = 0;
    qint64 questionnaireVersions = 0;
    qint64 sections = 0;
    qint64 questions = 0;
    qint64 locations = 0;
    qint64 competitorLocations = 0;
    qint64 geoUnits = 0;
    qint64 scenarios = 0;
    qint64 waves = 0;
    qint64 visits = 0;
    qint64 shoppers = 0;
    qint64 activeShoppers = 0;
    qint64 responses = 0;
    qint64 answers = 0;
    qint64 qcFlags = 0;
    qint64 qcDecisions = 0;
    qint64 scoredVisits = 0;
    QList<QPair<QString, qint64>> wavesByStatus;  // in lifecycle order
    QList<QPair<QString, qint64>> visitsByStatus; // in lifecycle order
    QList<QPair<QString, qint64>> locationsByChannel;

    static std::optional<ProjectSummary> read(const QSqlDatabase& db, QString* error);
    QJsonObject toJson() const;
};
