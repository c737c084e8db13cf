#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One visit's history: the events its changes left (visit_event), oldest first.
class VisitEvents
{
public:
    struct Event
    {
        QString at;          // ISO date and time, UTC
        QString status;      // the status the visit got
        QString shopperCode; // the visit's shopper then; empty when none
        QString note;
    };

    // Nothing when the file cannot be read.
    static std::optional<QList<Event>> read(const QSqlDatabase& db, qint64 visitId);
};
