#include "VisitHistory.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The visits matching `condition` (with `?` bound to the values), newest first; `subject` is the
// shopper asked about (0: none), for Entry::current.
std::optional<QList<VisitHistory::Entry>> read(const QSqlDatabase& db, const QString& condition, const QVariantList& values,
                                               qint64 subject, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT v.id, w.code, w.name, v.planned_date, r.visited_on, l.code, l.name, sc.code, sh.code, v.status, vs.score, "
        "v.shopper_id FROM visit v JOIN wave w ON w.id = v.wave_id JOIN location l ON l.id = v.location_id "
        "JOIN scenario sc ON sc.id = v.scenario_id LEFT JOIN shopper sh ON sh.id = v.shopper_id "
        "LEFT JOIN response r ON r.visit_id = v.id LEFT JOIN visit_score vs ON vs.response_id = r.id "
        "WHERE %1 ORDER BY coalesce(r.visited_on, v.planned_date, w.starts_on) DESC, v.id DESC")
                      .arg(condition));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().databaseText();
        return std::nullopt;
    }
    QList<VisitHistory::Entry> entries;
    while (query.next()) {
        VisitHistory::Entry entry;
        entry.visitId = query.value(0).toLongLong();
        entry.waveCode = query.value(1).toString();
        entry.waveName = query.value(2).toString();
        entry.plannedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        entry.visitedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        entry.locationCode = query.value(5).toString();
        entry.locationName = query.value(6).toString();
        entry.scenarioCode = query.value(7).toString();
        entry.shopperCode = query.value(8).toString();
        entry.status = query.value(9).toString();
        if (!query.value(10).isNull())
            entry.score = query.value(10).toDouble();
        entry.current = subject == 0 || query.value(11).toLongLong() == subject;
        entries << entry;
    }
    return entries;
}

std::optional<qint64> idOf(const QSqlDatabase& db, const char* table, const QString& code)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)));
    query.addBindValue(code);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}
} // namespace

std::optional<QList<VisitHistory::Entry>> VisitHistory::forShopper(const QSqlDatabase& db, const QString& code, QString* error)
{
    const auto id = idOf(db, "shopper", code);
    if (!id) {
        if (error)
            *error = tr("there is no shopper %1").arg(code);
        return std::nullopt;
    }
    // A visit the shopper was taken off stays in their history (its events name them).
    return read(db,
                QStringLiteral("v.id IN (SELECT id FROM visit WHERE shopper_id = ? "
                               "UNION SELECT visit_id FROM visit_event WHERE shopper_id = ?)"),
                {*id, *id}, *id, error);
}

std::optional<QList<VisitHistory::Entry>> VisitHistory::forLocation(const QSqlDatabase& db, const QString& code, QString* error)
{
    const auto id = idOf(db, "location", code);
    if (!id) {
        if (error)
            *error = tr("there is no location %1").arg(code);
        return std::nullopt;
    }
    return read(db, QStringLiteral("v.location_id = ?"), {*id}, 0, error);
}

QString VisitHistory::summary(const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return tr("No visits yet");
    double total = 0;
    int scored = 0;
    QDate last;
    for (const Entry& entry : entries) {
        if (entry.score) {
            total += *entry.score;
            ++scored;
        }
        if (entry.visitedOn.isValid() && (!last.isValid() || entry.visitedOn > last))
            last = entry.visitedOn;
    }
    QString text = tr("%n visit(s)", nullptr, int(entries.size()));
    if (last.isValid())
        text += tr(", the last on %1").arg(last.toString(Qt::ISODate));
    if (scored > 0)
        text += tr(", average score %1").arg(QLocale().toString(total / scored, 'f', 1));
    return text;
}
