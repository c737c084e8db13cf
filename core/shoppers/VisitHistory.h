#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The visits one shopper did or was given, or that one location had, newest first: what a
// project manager looks at before assigning (has this shopper been here lately? how did they
// score?) and what the lockout rule of assignment reads.
class VisitHistory
{
    Q_DECLARE_TR_FUNCTIONS(VisitHistory)

public:
    // Whose history it is: a shopper's names the locations, a location's the shoppers.
    enum class Of { Shopper, Location };

    struct Entry
    {
        qint64 visitId = 0;
        QString waveCode;
        QString waveName;
        QDate plannedOn;
        QDate visitedOn; // from the report; null until one is in
        QString locationCode;
        QString locationName;
        QString scenarioCode;
        QString shopperCode; // the shopper on the visit now; empty when none
        QString status;      // the visit's status (planned, assigned, ... approved)
        std::optional<double> score; // of the approved or submitted report, 0-100
        bool current = true; // the shopper asked about is still the visit's shopper (false: taken off it)

        // The day the visit happened, or was planned for.
        QDate date() const { return visitedOn.isValid() ? visitedOn : plannedOn; }
    };

    // Nullopt (and *error) when there is no such shopper or location, or the file fails.
    static std::optional<QList<Entry>> forShopper(const QSqlDatabase& db, const QString& code, QString* error);
    static std::optional<QList<Entry>> forLocation(const QSqlDatabase& db, const QString& code, QString* error);

    // "12 visits, the last on 2026-10-04, average score 84.5" (empty list: "No visits yet").
    static QString summary(const QList<Entry>& entries);
};
