#include "VisitEvents.h"

#include <QSqlQuery>

std::optional<QList<VisitEvents::Event>> VisitEvents::read(const QSqlDatabase& db, qint64 visitId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT e.at, e.status, ifnull(s.code, ''), e.note FROM visit_event e "
                                 "LEFT JOIN shopper s ON s.id = e.shopper_id WHERE e.visit_id = ? ORDER BY e.at, e.id"));
    query.addBindValue(visitId);
    if (!query.exec())
        return std::nullopt;
    QList<Event> events;
    while (query.next())
        events.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    return events;
}
