#include "ReportImport.h"

#include "fielding/OdkResultsTable.h"

#include "io/ImportRow.h"
#include "questionnaire/Condition.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <array>
#include <map>

namespace {

enum Fixed { VisitColumn, LocationColumn, ShopperColumn, DateColumn, TimeColumn, DurationColumn, StaffColumn, LanguageColumn,
             CommentColumn, FixedCount };

// Headers compared as people write them: "Visit ID", "visit_id" and "visit-id" are one.
QString folded(const QString& text)
{
    QString result = text.trimmed().toLower();
    result.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return result.simplified();
}

int fixedColumnOf(const QString& header)
{
    static const QHash<QString, int> names = {
        {QStringLiteral("visit"), VisitColumn},        {QStringLiteral("visit id"), VisitColumn},
        {QStringLiteral("visitid"), VisitColumn},      {QStringLiteral("location"), LocationColumn},
        {QStringLiteral("location code"), LocationColumn}, {QStringLiteral("branch"), LocationColumn},
        {QStringLiteral("branch code"), LocationColumn}, {QStringLiteral("shopper"), ShopperColumn},
        {QStringLiteral("shopper code"), ShopperColumn}, {QStringLiteral("date"), DateColumn},
        {QStringLiteral("visit date"), DateColumn},    {QStringLiteral("visited on"), DateColumn},
        {QStringLiteral("time"), TimeColumn},          {QStringLiteral("visit time"), TimeColumn},
        {QStringLiteral("visited at"), TimeColumn},    {QStringLiteral("duration"), DurationColumn},
        {QStringLiteral("minutes"), DurationColumn},   {QStringLiteral("duration minutes"), DurationColumn},
        {QStringLiteral("staff"), StaffColumn},        {QStringLiteral("served by"), StaffColumn},
        {QStringLiteral("staff description"), StaffColumn}, {QStringLiteral("language"), LanguageColumn},
        {QStringLiteral("lang"), LanguageColumn},      {QStringLiteral("comment"), CommentColumn},
        {QStringLiteral("overall comment"), CommentColumn}, {QStringLiteral("general comment"), CommentColumn},
    };
    return names.value(folded(header), -1);
}

struct Option
{
    qint64 id = 0;
    QString code;
    bool na = false;
    QStringList labels; // in every language, folded
};

struct Question
{
    qint64 id = 0;
    QString code;
    QString type;
    bool allowNa = false;
    bool mandatory = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<Condition> showIf;
    std::vector<Option> options;
};

struct Version
{
    std::vector<Question> questions; // form order
};

std::optional<Version> readVersion(const QSqlDatabase& db, qint64 versionId)
{
    Version version;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT q.id, q.code, q.type, q.allow_na, q.mandatory, q.min_value, q.max_value, q.show_if FROM question q "
                                 "JOIN section s ON s.id = q.section_id WHERE q.version_id = ? ORDER BY s.position, q.position"));
    query.addBindValue(versionId);
    if (!query.exec())
        return std::nullopt;
    QHash<qint64, size_t> index;
    while (query.next()) {
        Question question;
        question.id = query.value(0).toLongLong();
        question.code = query.value(1).toString();
        question.type = query.value(2).toString();
        question.allowNa = query.value(3).toBool();
        question.mandatory = query.value(4).toBool();
        if (!query.value(5).isNull())
            question.minimum = query.value(5).toDouble();
        if (!query.value(6).isNull())
            question.maximum = query.value(6).toDouble();
        if (!query.value(7).isNull())
            question.showIf = Condition::fromJson(QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object(), nullptr);
        if (question.type == QLatin1String("nps")) {
            question.minimum = 0;
            question.maximum = 10;
        }
        index.insert(question.id, version.questions.size());
        version.questions.push_back(std::move(question));
    }
    query.prepare(QStringLiteral("SELECT o.question_id, o.id, o.code, o.is_na, (SELECT group_concat(t.label, char(31)) FROM option_text t "
                                 "WHERE t.option_id = o.id) FROM question_option o JOIN question q ON q.id = o.question_id "
                                 "WHERE q.version_id = ? ORDER BY o.question_id, o.position"));
    query.addBindValue(versionId);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        Option option{query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toBool(), {}};
        for (const QString& label : query.value(4).toString().split(QChar(31), Qt::SkipEmptyParts))
            option.labels << folded(label);
        version.questions[index.value(query.value(0).toLongLong())].options.push_back(std::move(option));
    }
    return version;
}

std::optional<QString> isoDate(const QString& text)
{
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("dd/MM/yyyy")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return std::nullopt;
}

std::optional<QString> clockTime(const QString& text)
{
    // ODK writes times with seconds, milliseconds and the zone: 10:15:00.000+02:00.
    static const QRegularExpression odkTime(QStringLiteral("^(\\d{1,2}:\\d{2}):\\d{2}\\.\\d+([+-]\\d{2}:?\\d{2}|Z)?$"));
    const QRegularExpressionMatch odk = odkTime.match(text);
    if (odk.hasMatch())
        return clockTime(odk.captured(1));
    for (const QString& format : {QStringLiteral("HH:mm"), QStringLiteral("H:mm"), QStringLiteral("HH:mm:ss"), QStringLiteral("H:mm:ss")}) {
        const QTime time = QTime::fromString(text, format);
        if (time.isValid())
            return time.toString(QStringLiteral("HH:mm"));
    }
    return std::nullopt;
}

bool truthy(const QString& cell)
{
    static const QSet<QString> yes = {QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("yes"), QStringLiteral("true"),
                                      QStringLiteral("✓"), QStringLiteral("y")};
    return yes.contains(folded(cell));
}

bool falsy(const QString& cell)
{
    static const QSet<QString> no = {QString(), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("n")};
    return no.contains(folded(cell));
}

// The canonical form of a report, to tell a re-import of the same file from a change.
QString fingerprint(const ReportImport::Report& report)
{
    QStringList parts{report.language, report.visitedOn, report.visitedAt, report.minutes ? QString::number(*report.minutes) : QString(),
                      report.staff, report.comment};
    std::vector<ReportImport::Answer> answers = report.answers;
    std::sort(answers.begin(), answers.end(), [](const auto& a, const auto& b) { return a.questionId < b.questionId; });
    for (const auto& answer : answers) {
        QStringList choices;
        for (qint64 choice : answer.choices)
            choices << QString::number(choice);
        parts << QStringLiteral("%1:%2:%3:%4:%5:%6")
                     .arg(answer.questionId)
                     .arg(answer.optionId ? QString::number(*answer.optionId) : QString(),
                          answer.number ? QString::number(*answer.number, 'g', 15) : QString(), answer.text.value_or(QString()),
                          answer.comment, choices.join(QLatin1Char(',')));
    }
    return parts.join(QChar(30));
}

// The statements storedReport() runs, prepared once for the whole file.
struct StoredReportQueries
{
    explicit StoredReportQueries(const QSqlDatabase& db)
        : response(db)
        , answers(db)
    {
        response.prepare(QStringLiteral("SELECT language, visited_on, ifnull(visited_at, ''), duration_minutes, staff_description, comment "
                                        "FROM response WHERE id = ?"));
        answers.prepare(QStringLiteral(
            "SELECT a.question_id, a.option_id, a.number, a.text, ifnull(a.comment, ''), (SELECT group_concat(c.option_id) "
            "FROM (SELECT ac.option_id FROM answer_choice ac JOIN question_option o ON o.id = ac.option_id "
            "WHERE ac.response_id = a.response_id AND ac.question_id = a.question_id ORDER BY o.position) c) "
            "FROM answer a WHERE a.response_id = ?"));
    }
    QSqlQuery response;
    QSqlQuery answers;
};

ReportImport::Report storedReport(StoredReportQueries& queries, qint64 responseId)
{
    ReportImport::Report report;
    QSqlQuery& query = queries.response;
    query.addBindValue(responseId);
    if (query.exec() && query.next()) {
        report.language = query.value(0).toString();
        report.visitedOn = query.value(1).toString();
        report.visitedAt = query.value(2).toString();
        if (!query.value(3).isNull())
            report.minutes = query.value(3).toInt();
        report.staff = query.value(4).toString();
        report.comment = query.value(5).toString();
    }
    query.finish();
    QSqlQuery& answers = queries.answers;
    answers.addBindValue(responseId);
    if (answers.exec()) {
        while (answers.next()) {
            ReportImport::Answer answer;
            answer.questionId = answers.value(0).toLongLong();
            if (!answers.value(1).isNull())
                answer.optionId = answers.value(1).toLongLong();
            if (!answers.value(2).isNull())
                answer.number = answers.value(2).toDouble();
            if (!answers.value(3).isNull())
                answer.text = answers.value(3).toString();
            answer.comment = answers.value(4).toString();
            for (const QString& id : answers.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                answer.choices << id.toLongLong();
            report.answers.push_back(answer);
        }
    }
    return report;
}

} // namespace

const ImportFieldTable& ReportImport::fields()
{
    static const ImportFieldTable none{std::span<const ImportFieldTable::Field>()};
    return none;
}

QStringList ReportImport::naSpellings()
{
    return {QStringLiteral("n/a"), QStringLiteral("na"), QStringLiteral("n.a."), QStringLiteral("not applicable"), QStringLiteral("-"),
            QStringLiteral("–"), QStringLiteral("ej aktuellt"), QStringLiteral("e/a"), QStringLiteral("ikke relevant"), QStringLiteral("i/r"),
            QStringLiteral("neattiecas"), QStringLiteral("nav attiecināms"), QStringLiteral("nie dotyczy"), QStringLiteral("n/d"),
            QStringLiteral("nd")};
}

ReportImport::Plan ReportImport::plan(const QSqlDatabase& db, const CsvTable& file, const Options& options, const QString& fileName)
{
    Plan plan;
    // An ODK export is read through its columns' ShopScope names; messages name the file's own.
    std::optional<OdkResultsTable::Result> odk;
    if (options.source == Source::Odk)
        odk = OdkResultsTable::normalise(db, file);
    const CsvTable& table = odk ? odk->table : file;
    auto problem = [&](CsvProblem::Severity severity, qsizetype line, qsizetype column, const QString& message) {
        const QString place = ImportRow::place(line, column, column >= 0 ? file.header.value(column) : QString());
        plan.problems << CsvProblem{severity, fileName, line, int(column + 1), place + QStringLiteral(": ") + message};
    };
    int errors = 0; // so far: a row that adds one is left out
    auto error = [&](qsizetype line, qsizetype column, const QString& message) {
        ++errors;
        problem(CsvProblem::Severity::Error, line, column, message);
    };

    // The columns: the report's own fields, and the rest by folded header for the questions.
    std::array<qsizetype, FixedCount> fixed;
    fixed.fill(-1);
    QHash<QString, qsizetype> columns;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        if (odk && odk->ignored.contains(c))
            continue;
        const int field = fixedColumnOf(table.header.at(c));
        if (field >= 0 && fixed[size_t(field)] < 0)
            fixed[size_t(field)] = c;
        else
            columns.insert(table.header.at(c).trimmed().toLower(), c);
    }
    if (fixed[VisitColumn] < 0 && (fixed[LocationColumn] < 0 || fixed[ShopperColumn] < 0 || fixed[DateColumn] < 0)) {
        problem(CsvProblem::Severity::Fatal, table.headerLine, -1,
                tr("the file needs a visit id column, or location, shopper and date columns, to match its rows to visits"));
        return plan;
    }

    QString defaultLanguage;
    QSet<QString> languages;
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT code FROM programme_language"));
        while (query.next())
            languages.insert(query.value(0).toString());
        query.exec(QStringLiteral("SELECT source_language FROM programme"));
        if (query.next())
            defaultLanguage = query.value(0).toString();
    }

    // Built once: they are asked about every cell.
    const QStringList naList = naSpellings();
    const QSet<QString> naWords(naList.begin(), naList.end());
    // ODK separates the codes of a select multiple with spaces (codes have none).
    static const QRegularExpression platformSeparators(QStringLiteral("[;|,\\n]"));
    static const QRegularExpression odkSeparators(QStringLiteral("[;|,\\s]"));
    const QRegularExpression& choiceSeparators = odk ? odkSeparators : platformSeparators;
    std::map<qint64, std::optional<Version>> versions;
    StoredReportQueries storedQueries(db);
    QSet<qsizetype> usedColumns;
    for (qsizetype c : fixed)
        if (c >= 0)
            usedColumns.insert(c);
    if (odk)
        usedColumns.unite(odk->ignored);
    QHash<qint64, qsizetype> lineOfVisit;
    QSet<QString> missingQuestions;
    QSqlQuery visitQuery(db);

    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const QStringList& cells = table.rows.at(r);
        const qsizetype line = table.lines.at(r);
        auto cell = [&](qsizetype column) { return column >= 0 ? cells.value(column).trimmed() : QString(); };
        const int errorsBefore = errors;

        // The visit.
        const QString select = QStringLiteral("SELECT v.id, v.status, sc.version_id, sc.code, (SELECT id FROM response WHERE visit_id = v.id) "
                                              "FROM visit v JOIN scenario sc ON sc.id = v.scenario_id ");
        if (fixed[VisitColumn] >= 0) {
            bool ok = false;
            const qint64 id = cell(fixed[VisitColumn]).toLongLong(&ok);
            if (!ok || id <= 0) {
                error(line, fixed[VisitColumn], tr("“%1” is not a visit id").arg(cell(fixed[VisitColumn])));
                continue;
            }
            visitQuery.prepare(select + QStringLiteral("WHERE v.id = ?"));
            visitQuery.addBindValue(id);
        } else {
            const auto date = isoDate(cell(fixed[DateColumn]));
            if (!date) {
                error(line, fixed[DateColumn], tr("“%1” is not a date (2026-11-05 or 05.11.2026)").arg(cell(fixed[DateColumn])));
                continue;
            }
            visitQuery.prepare(select + QStringLiteral("JOIN location l ON l.id = v.location_id JOIN shopper sh ON sh.id = v.shopper_id "
                                                       "JOIN wave w ON w.id = v.wave_id WHERE l.code = ? AND sh.code = ? "
                                                       "AND ? BETWEEN w.starts_on AND w.ends_on AND v.status <> 'cancelled'"));
            visitQuery.addBindValue(cell(fixed[LocationColumn]));
            visitQuery.addBindValue(cell(fixed[ShopperColumn]));
            visitQuery.addBindValue(*date);
        }
        visitQuery.exec();
        QList<qint64> found;
        QString status;
        qint64 versionId = 0;
        QString scenario;
        std::optional<qint64> responseId;
        while (visitQuery.next()) {
            found << visitQuery.value(0).toLongLong();
            status = visitQuery.value(1).toString();
            versionId = visitQuery.value(2).toLongLong();
            scenario = visitQuery.value(3).toString();
            if (!visitQuery.value(4).isNull())
                responseId = visitQuery.value(4).toLongLong();
        }
        const qsizetype matchColumn = fixed[VisitColumn] >= 0 ? fixed[VisitColumn] : fixed[LocationColumn];
        if (found.isEmpty()) {
            error(line, matchColumn, fixed[VisitColumn] >= 0 ? tr("there is no visit %1").arg(cell(fixed[VisitColumn]))
                                                             : tr("no visit of %1 by %2 in a wave around %3")
                                                                   .arg(cell(fixed[LocationColumn]), cell(fixed[ShopperColumn]), cell(fixed[DateColumn])));
            continue;
        }
        if (found.size() > 1) {
            QStringList ids;
            for (qint64 id : found)
                ids << QString::number(id);
            error(line, matchColumn, tr("%1 visits match (%2); add a visit id column").arg(found.size()).arg(ids.join(QStringLiteral(", "))));
            continue;
        }
        const qint64 visitId = found.first();
        if (lineOfVisit.contains(visitId)) {
            error(line, matchColumn, tr("visit %1 is on line %2 already").arg(visitId).arg(lineOfVisit.value(visitId)));
            continue;
        }
        lineOfVisit.insert(visitId, line);
        if (status == QLatin1String("planned") || status == QLatin1String("cancelled")) {
            error(line, matchColumn, tr("visit %1 is %2: it has no shopper to report on it").arg(visitId).arg(status));
            continue;
        }
        if (versionId <= 0) {
            error(line, matchColumn, tr("scenario %1 of visit %2 has no questionnaire version").arg(scenario).arg(visitId));
            continue;
        }
        auto& version = versions[versionId];
        if (!version) {
            version = readVersion(db, versionId);
            if (!version) {
                error(line, -1, tr("the questionnaire of visit %1 cannot be read").arg(visitId));
                continue;
            }
        }

        Report report;
        report.line = line;
        report.visitId = visitId;
        report.versionId = versionId;
        report.responseId = responseId;
        const auto date = isoDate(cell(fixed[DateColumn]));
        if (!date)
            error(line, fixed[DateColumn], cell(fixed[DateColumn]).isEmpty() ? tr("the visit date is missing")
                                                                            : tr("“%1” is not a date (2026-11-05 or 05.11.2026)")
                                                                                  .arg(cell(fixed[DateColumn])));
        report.visitedOn = date.value_or(QString());
        if (!cell(fixed[TimeColumn]).isEmpty()) {
            const auto time = clockTime(cell(fixed[TimeColumn]));
            if (!time)
                error(line, fixed[TimeColumn], tr("“%1” is not a time of day (14:05)").arg(cell(fixed[TimeColumn])));
            report.visitedAt = time.value_or(QString());
        }
        if (!cell(fixed[DurationColumn]).isEmpty()) {
            bool ok = false;
            const int minutes = cell(fixed[DurationColumn]).toInt(&ok);
            if (!ok || minutes < 0)
                error(line, fixed[DurationColumn], tr("“%1” is not a number of minutes").arg(cell(fixed[DurationColumn])));
            else
                report.minutes = minutes;
        }
        report.staff = cell(fixed[StaffColumn]);
        report.comment = cell(fixed[CommentColumn]);
        report.language = cell(fixed[LanguageColumn]).isEmpty() ? defaultLanguage : cell(fixed[LanguageColumn]);
        if (!languages.contains(report.language))
            error(line, fixed[LanguageColumn], tr("“%1” is not a language of the programme").arg(report.language));

        // The answers, question by question in form order.
        QHash<QString, QVariant> given; // code -> option code or number, for the conditions
        const Condition::AnswerLookup answerOf = [&given](const QString& code) { return given.value(code); };
        for (const Question& question : version->questions) {
            const QString code = question.code.toLower();
            const qsizetype column = columns.value(code, -1);
            qsizetype commentColumn = -1;
            for (const QString& suffix : {QStringLiteral("_comment"), QStringLiteral(" comment"), QStringLiteral("/comment")})
                if (commentColumn < 0)
                    commentColumn = columns.value(code + suffix, -1);
            std::vector<std::pair<const Option*, qsizetype>> optionColumns;
            if (question.type == QLatin1String("multiple"))
                for (const Option& option : question.options)
                    for (const QString& separator : {QStringLiteral("/"), QStringLiteral("_"), QStringLiteral("."), QStringLiteral(":")})
                        if (const qsizetype c = columns.value(code + separator + option.code.toLower(), -1); c >= 0)
                            optionColumns.push_back({&option, c});
            for (qsizetype c : {column, commentColumn})
                if (c >= 0)
                    usedColumns.insert(c);
            for (const auto& [option, c] : optionColumns)
                usedColumns.insert(c);
            if (column < 0 && optionColumns.empty()) {
                missingQuestions.insert(question.code);
                continue;
            }

            Answer answer;
            answer.questionId = question.id;
            answer.comment = cell(commentColumn);
            const QString text = cell(column);
            const QString key = folded(text);
            const Option* naOption = nullptr;
            for (const Option& option : question.options)
                if (option.na)
                    naOption = &option;
            const bool saysNa = !text.isEmpty() && (naWords.contains(key) || (naOption && (naOption->code.compare(text, Qt::CaseInsensitive) == 0
                                                                                              || naOption->labels.contains(key))));
            bool answered = false;
            if (saysNa && question.type != QLatin1String("text")) {
                if (!question.allowNa || !naOption)
                    error(line, column, tr("%1 does not allow N/A").arg(question.code));
                else {
                    answer.optionId = naOption->id;
                    answered = true;
                }
            } else if (question.type == QLatin1String("yes_no") || question.type == QLatin1String("single")) {
                if (!text.isEmpty()) {
                    QString wanted = key;
                    if (question.type == QLatin1String("yes_no"))
                        wanted = key == QLatin1String("1") || key == QLatin1String("true") ? QStringLiteral("yes")
                                 : key == QLatin1String("0") || key == QLatin1String("false") ? QStringLiteral("no")
                                                                                               : key;
                    const auto option = std::find_if(question.options.begin(), question.options.end(), [&](const Option& o) {
                        return !o.na && (o.code.compare(wanted, Qt::CaseInsensitive) == 0 || o.labels.contains(wanted));
                    });
                    if (option == question.options.end()) {
                        QStringList codes;
                        for (const Option& o : question.options)
                            codes << o.code;
                        error(line, column, tr("“%1” is not an answer to %2 (%3, or their labels)").arg(text, question.code, codes.join(QStringLiteral(", "))));
                    } else {
                        answer.optionId = option->id;
                        given.insert(question.code, option->code);
                        answered = true;
                    }
                }
            } else if (question.type == QLatin1String("multiple")) {
                QSet<qint64> chosen;
                if (!text.isEmpty()) {
                    for (const QString& part : text.split(choiceSeparators, Qt::SkipEmptyParts)) {
                        const QString wanted = folded(part);
                        const auto option = std::find_if(question.options.begin(), question.options.end(), [&](const Option& o) {
                            return o.code.compare(wanted, Qt::CaseInsensitive) == 0 || o.labels.contains(wanted);
                        });
                        if (option == question.options.end())
                            error(line, column, tr("“%1” is not an option of %2").arg(part.trimmed(), question.code));
                        else
                            chosen.insert(option->id);
                    }
                }
                for (const auto& [option, c] : optionColumns) {
                    const QString value = cell(c);
                    if (truthy(value) || option->code.compare(value, Qt::CaseInsensitive) == 0 || option->labels.contains(folded(value)))
                        chosen.insert(option->id);
                    else if (!falsy(value))
                        error(line, c, tr("“%1” says neither chosen (1, x, yes) nor not chosen (0, empty, no)").arg(value));
                }
                for (const Option& option : question.options)
                    if (chosen.contains(option.id))
                        answer.choices << option.id;
                answered = !answer.choices.isEmpty();
            } else if (question.type == QLatin1String("rating") || question.type == QLatin1String("nps")
                       || question.type == QLatin1String("number")) {
                if (!text.isEmpty()) {
                    const auto number = ImportRow::number(text, options.decimalComma);
                    if (!number)
                        error(line, column, tr("“%1” is not a number").arg(text));
                    else if ((question.minimum && *number < *question.minimum) || (question.maximum && *number > *question.maximum))
                        error(line, column, tr("%1 is outside %2 to %3").arg(text, question.minimum ? QString::number(*question.minimum) : QStringLiteral("…"),
                                                                          question.maximum ? QString::number(*question.maximum) : QStringLiteral("…")));
                    else {
                        answer.number = *number;
                        given.insert(question.code, *number);
                        answered = true;
                    }
                }
            } else if (question.type == QLatin1String("date")) {
                if (!text.isEmpty()) {
                    const auto value = isoDate(text);
                    if (!value)
                        error(line, column, tr("“%1” is not a date (2026-11-05 or 05.11.2026)").arg(text));
                    answer.text = value;
                    answered = value.has_value();
                }
            } else if (question.type == QLatin1String("time")) {
                if (!text.isEmpty()) {
                    const auto value = clockTime(text);
                    if (!value)
                        error(line, column, tr("“%1” is not a time of day (14:05)").arg(text));
                    answer.text = value;
                    answered = value.has_value();
                }
            } else if (!text.isEmpty()) {
                answer.text = text;
                answered = true;
            }
            const bool shown = !question.showIf || question.showIf->evaluate(answerOf, question.code);
            // A platform leaves a cell empty where its form skipped the question; the report
            // still comes in, and the review sees the gap.
            if (!answered && question.mandatory && shown && column >= 0 && text.isEmpty())
                problem(CsvProblem::Severity::Warning, line, column, tr("%1 is mandatory but has no answer").arg(question.code));
            if (answered && !shown)
                problem(CsvProblem::Severity::Warning, line, column,
                        tr("%1 is answered although its condition hides it; the answer is kept").arg(question.code));
            if (answered || !answer.comment.isEmpty())
                report.answers.push_back(std::move(answer));
        }

        if (errors > errorsBefore)
            continue;
        if (responseId) {
            if (fingerprint(storedReport(storedQueries, *responseId)) == fingerprint(report)) {
                ++plan.unchanged;
                continue;
            }
            if (status == QLatin1String("approved")) {
                error(line, matchColumn, tr("the report of visit %1 is approved: send it back before importing a changed one").arg(visitId));
                continue;
            }
            ++plan.updates;
        } else {
            ++plan.inserts;
        }
        plan.reports.push_back(std::move(report));
    }

    for (qsizetype c = 0; c < table.header.size(); ++c)
        if (!usedColumns.contains(c))
            problem(CsvProblem::Severity::Warning, table.headerLine, c,
                    tr("not a question of the questionnaire or a field of the report; the column is left out"));
    if (!missingQuestions.isEmpty()) {
        QStringList codes = missingQuestions.values();
        codes.sort();
        problem(CsvProblem::Severity::Warning, table.headerLine, -1,
                tr("no column for %n question(s): %1; they stay unanswered", nullptr, int(codes.size())).arg(codes.join(QStringLiteral(", "))));
    }
    return plan;
}
