#include "FieldworkLists.h"

#include "io/CsvWriter.h"
#include "models/DomainLabels.h"

#include <QDate>
#include <QDir>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

std::optional<std::vector<FieldworkLists::Visit>> FieldworkLists::read(const QSqlDatabase& db, qint64 waveId, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The script in a language the shopper speaks (the programme's own first), else the programme's.
    query.prepare(QStringLiteral(
        "SELECT v.id, sh.code, ifnull(p.full_name, ''), ifnull(v.planned_date, ''), ifnull(v.daypart, ''), v.status, l.code, l.name, "
        "l.address, l.postcode, l.city, sc.code, sc.fee, "
        "coalesce((SELECT t.title || char(31) || t.script FROM scenario_text t JOIN shopper_language sl "
        "          ON sl.language = t.language AND sl.shopper_id = sh.id WHERE t.scenario_id = sc.id "
        "          ORDER BY t.language = (SELECT source_language FROM programme) DESC, t.language LIMIT 1), "
        "         (SELECT t.title || char(31) || t.script FROM scenario_text t WHERE t.scenario_id = sc.id "
        "          ORDER BY t.language = (SELECT source_language FROM programme) DESC, t.language LIMIT 1), '') "
        "FROM visit v JOIN shopper sh ON sh.id = v.shopper_id LEFT JOIN shopper_personal p ON p.shopper_id = sh.id "
        "JOIN location l ON l.id = v.location_id JOIN scenario sc ON sc.id = v.scenario_id "
        "WHERE v.wave_id = ? AND v.status IN ('assigned', 'accepted') ORDER BY sh.code, v.planned_date, v.daypart, v.id"));
    query.addBindValue(waveId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().databaseText();
        return std::nullopt;
    }
    std::vector<Visit> visits;
    while (query.next()) {
        const QStringList text = query.value(13).toString().split(QChar(31));
        visits.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                          query.value(8).toString(), query.value(9).toString(), query.value(10).toString(), query.value(11).toString(),
                          text.value(0), text.value(1), query.value(12).toDouble()});
    }
    return visits;
}

std::optional<FieldworkLists::Export> FieldworkLists::writeCsvFiles(const QSqlDatabase& db, qint64 waveId, const QString& folder,
                                                                   QString* error)
{
    QSqlQuery wave(db);
    wave.prepare(QStringLiteral("SELECT code, name FROM wave WHERE id = ?"));
    wave.addBindValue(waveId);
    if (!wave.exec() || !wave.next()) {
        if (error)
            *error = tr("there is no wave %1").arg(waveId);
        return std::nullopt;
    }
    Export done{wave.value(0).toString(), wave.value(1).toString(), {}, {}, {}};
    auto visits = read(db, waveId, error);
    if (!visits)
        return std::nullopt;
    done.visits = std::move(*visits);
    const QDir out(folder);
    done.fieldworkSheet = out.filePath(done.waveCode + QStringLiteral("-fieldwork-sheet.csv"));
    done.shopperLists = out.filePath(done.waveCode + QStringLiteral("-shopper-lists.csv"));
    if (!writeFieldworkSheetCsv(db, waveId, done.fieldworkSheet, error) || !writeShopperListsCsv(done.visits, done.shopperLists, error))
        return std::nullopt;
    return done;
}

QString FieldworkLists::pageFileName(const QString& waveCode, const QString& shopperCode, const QString& suffix)
{
    return QStringLiteral("%1-%2.%3").arg(waveCode, shopperCode, suffix);
}

std::vector<std::vector<FieldworkLists::Visit>> FieldworkLists::byShopper(const std::vector<Visit>& visits)
{
    std::vector<std::vector<Visit>> lists;
    for (const Visit& visit : visits) {
        if (lists.empty() || lists.back().front().shopperCode != visit.shopperCode)
            lists.emplace_back();
        lists.back().push_back(visit);
    }
    return lists;
}

bool FieldworkLists::writeShopperListsCsv(const std::vector<Visit>& visits, const QString& path, QString* error)
{
    CsvWriter writer;
    writer.setByteOrderMark(true);
    if (!writer.open(path, error))
        return false;
    writer.writeRow({QStringLiteral("shopper"), QStringLiteral("shopper_name"), QStringLiteral("visit"), QStringLiteral("date"),
                     QStringLiteral("daypart"), QStringLiteral("status"), QStringLiteral("location"), QStringLiteral("location_name"),
                     QStringLiteral("address"), QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("scenario"),
                     QStringLiteral("scenario_title"), QStringLiteral("fee"), QStringLiteral("briefing")});
    for (const Visit& visit : visits)
        writer.writeRow({visit.shopperCode, visit.shopperName, QString::number(visit.id), visit.date, visit.daypart, visit.status,
                         visit.locationCode, visit.locationName, visit.address, visit.postcode, visit.city, visit.scenarioCode,
                         visit.scenarioTitle, QString::number(visit.fee, 'f', 2), visit.script});
    return writer.commit(error);
}

bool FieldworkLists::writeFieldworkSheetCsv(const QSqlDatabase& db, qint64 waveId, const QString& path, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT v.id, l.code, l.name, l.city, sc.code, ifnull(v.planned_date, ''), ifnull(v.daypart, ''), v.status, "
        "ifnull(sh.code, ''), ifnull(v.assigned_by, ''), v.locked FROM visit v JOIN location l ON l.id = v.location_id "
        "JOIN scenario sc ON sc.id = v.scenario_id LEFT JOIN shopper sh ON sh.id = v.shopper_id WHERE v.wave_id = ? "
        "ORDER BY v.planned_date, l.code, v.slot"));
    query.addBindValue(waveId);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().databaseText();
        return false;
    }
    CsvWriter writer;
    writer.setByteOrderMark(true);
    if (!writer.open(path, error))
        return false;
    writer.writeRow({QStringLiteral("visit"), QStringLiteral("location"), QStringLiteral("location_name"), QStringLiteral("city"),
                     QStringLiteral("scenario"), QStringLiteral("date"), QStringLiteral("daypart"), QStringLiteral("status"),
                     QStringLiteral("shopper"), QStringLiteral("assigned_by"), QStringLiteral("locked")});
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < 10; ++column)
            row << query.value(column).toString();
        row << (query.value(10).toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
        writer.writeRow(row);
    }
    return writer.commit(error);
}

QString FieldworkLists::shopperListHtml(const std::vector<Visit>& visits, const QString& waveCode, const QString& waveName)
{
    if (visits.empty())
        return {};
    const QLocale locale;
    auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    double total = 0;
    for (const Visit& visit : visits)
        total += visit.fee;
    QString html = QStringLiteral("<html><head><meta charset='utf-8'><title>%1</title></head><body style='font-family: sans-serif'>")
                       .arg(e(tr("Visits of %1 in %2").arg(visits.front().shopperCode, waveCode)));
    html += QStringLiteral("<h2>%1</h2>").arg(e(tr("Your visits in %1").arg(waveName)));
    html += QStringLiteral("<p>%1</p>")
                .arg(e(tr("Shopper %1%2 · %n visit(s) · fees %3", nullptr, int(visits.size()))
                           .arg(visits.front().shopperCode,
                                visits.front().shopperName.isEmpty() ? QString() : QStringLiteral(" — ") + visits.front().shopperName,
                                locale.toString(total, 'f', 2))));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(e(tr("When")), e(tr("Where")), e(tr("Scenario")), e(tr("Visit")), e(tr("Fee")));
    for (const Visit& visit : visits) {
        const QDate date = QDate::fromString(visit.date, Qt::ISODate);
        html += QStringLiteral("<tr><td>%1<br>%2</td><td><b>%3</b> %4<br>%5, %6 %7</td><td>%8<br>%9</td><td>%10</td><td align='right'>%11</td></tr>")
                    .arg(e(date.isValid() ? locale.toString(date, QLocale::LongFormat) : tr("no date")),
                         e(DomainLabels::label(DomainLabels::Daypart, visit.daypart)), e(visit.locationCode), e(visit.locationName),
                         e(visit.address), e(visit.postcode), e(visit.city), e(visit.scenarioCode), e(visit.scenarioTitle))
                    .arg(visit.id)
                    .arg(e(locale.toString(visit.fee, 'f', 2)));
    }
    html += QStringLiteral("</table>");
    // Each scenario's briefing once, however many of its visits the shopper has.
    QStringList briefed;
    for (const Visit& visit : visits) {
        if (briefed.contains(visit.scenarioCode))
            continue;
        briefed << visit.scenarioCode;
        html += QStringLiteral("<h3>%1</h3>").arg(e(tr("Briefing: %1 — %2").arg(visit.scenarioCode, visit.scenarioTitle)));
        html += QStringLiteral("<p style='white-space: pre-wrap'>%1</p>")
                    .arg(visit.script.isEmpty() ? e(tr("(no script written)")) : e(visit.script));
    }
    return html + QStringLiteral("</body></html>");
}
