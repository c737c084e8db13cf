#include "QcChecker.h"

#include "assignment/GreatCircle.h"
#include "project/NativeQuery.h"
#include "questionnaire/Condition.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>

namespace {

struct Question
{
    qint64 id = 0;
    QString code;
    QString type;
    bool allowsNa = false;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<Condition> showIf;
    std::optional<Condition> commentIf;
};

struct Answer
{
    QString option;   // the chosen option's code (single, yes/no, N/A)
    bool na = false;
    std::optional<double> number;
    QString choices;  // multiple choice: option codes in form order
    QString comment;
    QString text;     // a text question's answer
    bool hasText = false;
    // The answer, its text and its comment as small numbers (equal text, equal number; 0: none),
    // so that comparing thousands of pairs of reports compares integers.
    int key = 0;
    int textKey = 0;
    int commentKey = 0;
};

struct Report
{
    qint64 response = 0;
    qint64 visit = 0;
    qint64 version = 0;
    QDate date;
    QTime time; // invalid: not given
    std::optional<int> minutes;
    qint64 shopper = 0;
    QString shopperCode;
    qint64 location = 0;
    QString locationCode;
    bool located = false;
    double latitude = 0;
    double longitude = 0;
    bool inPerson = true;
    QString scenario;
    std::optional<int> expectedMinutes;
    std::map<qint64, Answer> answers; // by question id
};

using Hours = std::vector<std::pair<QTime, QTime>>;

// An answer as compared between reports (free text apart).
QString answerKey(const Answer& answer)
{
    return answer.na ? QStringLiteral("\x01na")
                     : !answer.option.isEmpty() ? answer.option
                     : answer.number ? QString::number(*answer.number)
                                     : answer.choices;
}

struct Likeness
{
    int alike = 0;   // questions answered alike
    int either = 0;  // questions either report answered
    int unusual = 0; // answered alike, but not with the wave's most common answer
    int textsBoth = 0; // free texts and comments both reports wrote for the same question
    int textsSame = 0; // of those, word for word the same
};

// What two reports answered alike, question by question (free text apart).
Likeness likeness(const Report& a, const Report& b, const std::unordered_map<qint64, int>& usual)
{
    Likeness result;
    auto i = a.answers.begin();
    auto j = b.answers.begin();
    while (i != a.answers.end() || j != b.answers.end()) {
        if (j == b.answers.end() || (i != a.answers.end() && i->first < j->first)) {
            result.either += i->second.hasText ? 0 : 1;
            ++i;
        } else if (i == a.answers.end() || j->first < i->first) {
            result.either += j->second.hasText ? 0 : 1;
            ++j;
        } else {
            const Answer& x = i->second;
            const Answer& y = j->second;
            for (const auto& [one, other] : {std::pair{x.textKey, y.textKey}, std::pair{x.commentKey, y.commentKey}}) {
                if (one != 0 && other != 0) {
                    ++result.textsBoth;
                    result.textsSame += one == other ? 1 : 0;
                }
            }
            if (!x.hasText || !y.hasText) {
                ++result.either;
                if (x.key == y.key) {
                    ++result.alike;
                    const auto common = usual.find(i->first);
                    result.unusual += common == usual.end() || common->second != x.key ? 1 : 0;
                }
            }
            ++i;
            ++j;
        }
    }
    return result;
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

std::optional<std::vector<QcFlag>> QcChecker::check(const QSqlDatabase& db, qint64 waveId, const QcRules& rules, QString* error)
{
    auto failed = [error](const NativeQuery& query) {
        if (error)
            *error = query.error();
        return std::nullopt;
    };
    QDate firstDay;
    QDate lastDay;
    {
        NativeQuery wave(db, "SELECT starts_on, ends_on FROM wave WHERE id = ?");
        wave.bind(1, waveId);
        if (!wave.next()) {
            if (error)
                *error = wave.error().isEmpty() ? tr("there is no wave with the id %1").arg(waveId) : wave.error();
            return std::nullopt;
        }
        firstDay = QDate::fromString(wave.text(0), Qt::ISODate);
        lastDay = QDate::fromString(wave.text(1), Qt::ISODate);
    }

    // The wave's reports.
    std::vector<Report> reports;
    std::unordered_map<qint64, size_t> reportOf;
    {
        NativeQuery query(db, "SELECT r.id, r.visit_id, r.version_id, r.visited_on, r.visited_at, r.duration_minutes, "
                              "ifnull(v.shopper_id, 0), ifnull(sh.code, ''), l.id, l.code, l.latitude, l.longitude, sc.channel, "
                              "sc.code, sc.expected_minutes FROM response r JOIN visit v ON v.id = r.visit_id "
                              "JOIN location l ON l.id = v.location_id JOIN scenario sc ON sc.id = v.scenario_id "
                              "LEFT JOIN shopper sh ON sh.id = v.shopper_id WHERE v.wave_id = ? AND r.submitted_at IS NOT NULL ORDER BY r.id");
        query.bind(1, waveId);
        while (query.next()) {
            Report report;
            report.response = query.integer(0);
            report.visit = query.integer(1);
            report.version = query.integer(2);
            report.date = QDate::fromString(query.text(3), Qt::ISODate);
            if (!query.isNull(4))
                report.time = QTime::fromString(query.text(4), QStringLiteral("HH:mm"));
            if (!query.isNull(5))
                report.minutes = int(query.integer(5));
            report.shopper = query.integer(6);
            report.shopperCode = query.text(7);
            report.location = query.integer(8);
            report.locationCode = query.text(9);
            report.located = !query.isNull(10) && !query.isNull(11);
            report.latitude = query.real(10);
            report.longitude = query.real(11);
            const QString channel = query.text(12);
            report.inPerson = channel == QLatin1String("visit") || channel == QLatin1String("audit");
            report.scenario = query.text(13);
            if (!query.isNull(14))
                report.expectedMinutes = int(query.integer(14));
            reportOf[report.response] = reports.size();
            reports.push_back(std::move(report));
        }
        if (!query.error().isEmpty())
            return failed(query);
    }

    // The questions of the versions they answered.
    std::unordered_map<qint64, Question> questions;
    QHash<qint64, QHash<QString, qint64>> codesByVersion;
    {
        NativeQuery query(db, "SELECT q.id, q.version_id, q.code, q.type, q.allow_na, q.min_value, q.max_value, q.show_if, q.comment_if "
                              "FROM question q WHERE q.version_id IN (SELECT DISTINCT r.version_id FROM response r "
                              "JOIN visit v ON v.id = r.visit_id WHERE v.wave_id = ?)");
        query.bind(1, waveId);
        while (query.next()) {
            Question question;
            question.id = query.integer(0);
            question.code = query.text(2);
            question.type = query.text(3);
            question.allowsNa = query.integer(4) != 0;
            if (!query.isNull(5))
                question.minimum = query.real(5);
            if (!query.isNull(6))
                question.maximum = query.real(6);
            // Stored conditions were checked when the questionnaire was saved.
            if (!query.isNull(7))
                question.showIf = Condition::fromJson(QJsonDocument::fromJson(query.text(7).toUtf8()).object(), nullptr);
            if (!query.isNull(8))
                question.commentIf = Condition::fromJson(QJsonDocument::fromJson(query.text(8).toUtf8()).object(), nullptr);
            codesByVersion[query.integer(1)].insert(question.code, question.id);
            questions.emplace(question.id, std::move(question));
        }
        if (!query.error().isEmpty())
            return failed(query);
    }

    // Their answers.
    {
        NativeQuery query(db, "SELECT a.response_id, a.question_id, o.code, ifnull(o.is_na, 0), a.number, a.text, "
                              "ifnull(a.comment, '') "
                              "FROM answer a JOIN response r ON r.id = a.response_id JOIN visit v ON v.id = r.visit_id "
                              "LEFT JOIN question_option o ON o.id = a.option_id WHERE v.wave_id = ?");
        query.bind(1, waveId);
        while (query.next()) {
            const auto report = reportOf.find(query.integer(0));
            if (report == reportOf.end())
                continue;
            Answer answer;
            answer.option = query.text(2);
            answer.na = query.integer(3) != 0;
            if (!query.isNull(4))
                answer.number = query.real(4);
            answer.hasText = !query.isNull(5);
            answer.text = query.text(5).trimmed();
            answer.comment = query.text(6).trimmed();
            reports[report->second].answers.emplace(query.integer(1), std::move(answer));
        }
        if (!query.error().isEmpty())
            return failed(query);
        // Multiple choice: the options chosen, in form order.
        NativeQuery choices(db, "SELECT c.response_id, c.question_id, o.code FROM answer_choice c JOIN question_option o ON o.id = c.option_id "
                                "JOIN response r ON r.id = c.response_id JOIN visit v ON v.id = r.visit_id WHERE v.wave_id = ? "
                                "ORDER BY c.response_id, c.question_id, o.position");
        choices.bind(1, waveId);
        while (choices.next()) {
            const auto report = reportOf.find(choices.integer(0));
            if (report == reportOf.end())
                continue;
            QString& chosen = reports[report->second].answers[choices.integer(1)].choices;
            chosen += (chosen.isEmpty() ? QString() : QStringLiteral(" ")) + choices.text(2);
        }
        if (!choices.error().isEmpty())
            return failed(choices);
    }

    // Answers as numbers: equal keys, equal answers.
    {
        QHash<QString, int> interned;
        auto intern = [&interned](const QString& text) {
            if (text.isEmpty())
                return 0;
            const auto found = interned.constFind(text);
            if (found != interned.constEnd())
                return found.value();
            const int key = int(interned.size()) + 1;
            interned.insert(text, key);
            return key;
        };
        for (Report& report : reports) {
            for (auto& [question, answer] : report.answers) {
                answer.key = intern(answerKey(answer));
                answer.textKey = intern(answer.text);
                answer.commentKey = intern(answer.comment);
            }
        }
    }
    // The most common answer to each question in the wave: two reports that agree on it say
    // little (a good branch gets "yes" from everyone); agreeing on the unusual ones says more.
    std::unordered_map<qint64, int> usualAnswer;
    {
        std::unordered_map<qint64, std::unordered_map<int, int>> tally;
        for (const Report& report : reports)
            for (const auto& [question, answer] : report.answers)
                if (!answer.hasText)
                    ++tally[question][answer.key];
        for (const auto& [question, counts] : tally) {
            int best = 0;
            for (const auto& [key, count] : counts)
                if (count > best || (count == best && key < usualAnswer[question])) {
                    best = count;
                    usualAnswer[question] = key;
                }
        }
    }

    // Opening hours of the locations, by weekday (1 = Monday).
    std::unordered_map<qint64, std::array<Hours, 8>> hours;
    {
        NativeQuery query(db, "SELECT h.location_id, h.weekday, h.opens, h.closes FROM location_hours h WHERE h.location_id IN "
                              "(SELECT location_id FROM visit WHERE wave_id = ?)");
        query.bind(1, waveId);
        while (query.next())
            hours[query.integer(0)][size_t(query.integer(1))].push_back(
                {QTime::fromString(query.text(2), QStringLiteral("HH:mm")), QTime::fromString(query.text(3), QStringLiteral("HH:mm"))});
        if (!query.error().isEmpty())
            return failed(query);
    }

    std::vector<QcFlag> flags;
    const QLocale locale;
    auto flag = [&](const Report& report, QcFlag::Kind kind, QcFlag::Severity severity, const QString& text, QJsonObject evidence) {
        flags.push_back({kind, severity, report.response, report.visit, text, std::move(evidence)});
    };

    struct NaShare
    {
        const Report* report;
        int na;
        int allowed;
    };
    std::vector<NaShare> naShares;
    for (const Report& report : reports) {
        // Duration against the scenario's expectation.
        if (report.minutes && report.expectedMinutes) {
            const int expected = *report.expectedMinutes;
            const int took = *report.minutes;
            if (took < rules.shortFactor * expected)
                flag(report, QcFlag::Duration, QcFlag::Severity::Warning,
                     tr("Took %1 min; scenario %2 expects about %3 (less than %4 of it).")
                         .arg(took)
                         .arg(report.scenario)
                         .arg(expected)
                         .arg(locale.toString(rules.shortFactor * 100, 'f', 0) + QLatin1Char('%')),
                     {{QStringLiteral("minutes"), took}, {QStringLiteral("expected_minutes"), expected}});
            else if (took > rules.longFactor * expected)
                flag(report, QcFlag::Duration, QcFlag::Severity::Warning,
                     tr("Took %1 min; scenario %2 expects about %3 (more than %4 times as long).")
                         .arg(took)
                         .arg(report.scenario)
                         .arg(expected)
                         .arg(locale.toString(rules.longFactor, 'g', 3)),
                     {{QStringLiteral("minutes"), took}, {QStringLiteral("expected_minutes"), expected}});
        }
        // Dates and hours.
        if (report.date.isValid() && (report.date < firstDay || report.date > lastDay))
            flag(report, QcFlag::OutsideWave, QcFlag::Severity::Warning,
                 tr("Made on %1, outside the wave's %2 – %3.").arg(shortDate(report.date), shortDate(firstDay), shortDate(lastDay)),
                 {{QStringLiteral("date"), report.date.toString(Qt::ISODate)},
                  {QStringLiteral("wave_starts"), firstDay.toString(Qt::ISODate)},
                  {QStringLiteral("wave_ends"), lastDay.toString(Qt::ISODate)}});
        const auto open = hours.find(report.location);
        if (report.time.isValid() && report.date.isValid() && open != hours.end()) {
            const Hours& day = open->second[size_t(report.date.dayOfWeek())];
            const bool inside = std::any_of(day.begin(), day.end(), [&](const auto& span) {
                return report.time >= span.first && report.time < span.second;
            });
            if (!inside) {
                QStringList spans;
                for (const auto& span : day)
                    spans << span.first.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + span.second.toString(QStringLiteral("HH:mm"));
                flag(report, QcFlag::OutsideHours, QcFlag::Severity::Warning,
                     spans.isEmpty() ? tr("Made at %1 on %2, when %3 is closed all day.")
                                           .arg(report.time.toString(QStringLiteral("HH:mm")), locale.dayName(report.date.dayOfWeek()),
                                                report.locationCode)
                                     : tr("Made at %1 on %2; %3 is open %4.")
                                           .arg(report.time.toString(QStringLiteral("HH:mm")), locale.dayName(report.date.dayOfWeek()),
                                                report.locationCode, spans.join(QStringLiteral(", "))),
                     {{QStringLiteral("time"), report.time.toString(QStringLiteral("HH:mm"))},
                      {QStringLiteral("weekday"), report.date.dayOfWeek()},
                      {QStringLiteral("opening_hours"), QJsonArray::fromStringList(spans)}});
            }
        }

        // Patterns, required comments and bounds, question by question.
        const auto& codes = codesByVersion.value(report.version);
        const Condition::AnswerLookup answerOf = [&](const QString& code) -> QVariant {
            const auto found = report.answers.find(codes.value(code));
            if (found == report.answers.end() || found->second.na)
                return {};
            if (!found->second.option.isEmpty())
                return found->second.option;
            if (found->second.number)
                return *found->second.number;
            return {};
        };
        int yesNo = 0;
        int yes = 0;
        int naAllowed = 0;
        int na = 0;
        QStringList missingComments;
        for (const auto& [questionId, answer] : report.answers) {
            const auto question = questions.find(questionId);
            if (question == questions.end())
                continue;
            const Question& q = question->second;
            if (q.allowsNa) {
                ++naAllowed;
                na += answer.na ? 1 : 0;
            }
            if (q.type == QLatin1String("yes_no") && !answer.na && !answer.option.isEmpty()) {
                ++yesNo;
                yes += answer.option == QLatin1String("yes") ? 1 : 0;
            }
            if (q.commentIf && answer.comment.isEmpty() && (!q.showIf || q.showIf->evaluate(answerOf, q.code))
                && q.commentIf->evaluate(answerOf, q.code))
                missingComments << q.code;
            if (answer.number && ((q.minimum && *answer.number < *q.minimum) || (q.maximum && *answer.number > *q.maximum)))
                flag(report, QcFlag::OutOfRange, QcFlag::Severity::Serious,
                     tr("%1 is %2; the question allows %3 to %4.")
                         .arg(q.code, locale.toString(*answer.number),
                              q.minimum ? locale.toString(*q.minimum) : QStringLiteral("…"),
                              q.maximum ? locale.toString(*q.maximum) : QStringLiteral("…")),
                     {{QStringLiteral("question"), q.code}, {QStringLiteral("value"), *answer.number},
                      {QStringLiteral("minimum"), q.minimum ? QJsonValue(*q.minimum) : QJsonValue()},
                      {QStringLiteral("maximum"), q.maximum ? QJsonValue(*q.maximum) : QJsonValue()}});
        }
        if (yesNo >= rules.allYesMinimum && yes == yesNo)
            flag(report, QcFlag::AllYes, QcFlag::Severity::Warning, tr("All %1 yes/no standards answered yes.").arg(yesNo),
                 {{QStringLiteral("yes_no_questions"), yesNo}});
        if (naAllowed > 0)
            naShares.push_back({&report, na, naAllowed});
        if (!missingComments.isEmpty())
            flag(report, QcFlag::MissingComment, QcFlag::Severity::Warning,
                 tr("No comment where the questionnaire asks for one: %1.").arg(missingComments.join(QStringLiteral(", "))),
                 {{QStringLiteral("questions"), QJsonArray::fromStringList(missingComments)}});
    }

    // Mostly N/A, against the usual share of the same scenario's reports.
    std::unordered_map<std::string, std::vector<double>> sharesByScenario;
    for (const NaShare& share : naShares)
        sharesByScenario[share.report->scenario.toStdString()].push_back(double(share.na) / share.allowed);
    std::unordered_map<std::string, double> usualShare;
    for (auto& [scenario, shares] : sharesByScenario) {
        std::sort(shares.begin(), shares.end());
        const size_t middle = shares.size() / 2;
        usualShare[scenario] = shares.size() % 2 ? shares[middle] : (shares[middle - 1] + shares[middle]) / 2;
    }
    for (const NaShare& share : naShares) {
        const double own = double(share.na) / share.allowed;
        const double usual = usualShare[share.report->scenario.toStdString()];
        if (share.na >= rules.naMinimum && own >= rules.naShare && own >= usual + rules.naAboveUsual)
            flag(*share.report, QcFlag::MostlyNa, QcFlag::Severity::Warning,
                 tr("%1 of the %2 questions that allow N/A answered N/A; usually %3 for scenario %4.")
                     .arg(share.na)
                     .arg(share.allowed)
                     .arg(locale.toString(usual * 100, 'f', 0) + QLatin1Char('%'), share.report->scenario),
                 {{QStringLiteral("na"), share.na}, {QStringLiteral("allow_na"), share.allowed},
                  {QStringLiteral("usual_share"), std::round(usual * 1000) / 1000}});
    }

    // Copied answers: a shopper's own reports, and reports of one location by different shoppers.
    std::map<std::pair<qint64, qint64>, bool> compared;
    auto compare = [&](const Report& a, const Report& b) {
        if (a.version != b.version || !compared.emplace(std::pair{a.response, b.response}, true).second)
            return;
        const Likeness like = likeness(a, b, usualAnswer);
        const int alike = like.alike;
        const int either = like.either;
        // Copying carries the texts along; two reports written apart differ in their words.
        if (alike < rules.duplicateMinimum || alike < rules.duplicateShare * either || like.unusual < rules.duplicateUnusualMinimum
            || like.textsSame < like.textsBoth)
            return;
        const bool sameShopper = a.shopper != 0 && a.shopper == b.shopper;
        for (const auto& [one, other] : {std::pair{&a, &b}, std::pair{&b, &a}})
            flag(*one, QcFlag::Duplicate, QcFlag::Severity::Serious,
                 (sameShopper ? tr("%1 of %2 answers the same as %3's report on visit %4 at %5, %6 of them unusual in this wave.")
                              : tr("%1 of %2 answers the same as the report on visit %4 at %5 by %3, %6 of them unusual in this wave."))
                     .arg(alike)
                     .arg(either)
                     .arg(other->shopperCode)
                     .arg(other->visit)
                     .arg(other->locationCode)
                     .arg(like.unusual),
                 {{QStringLiteral("other_response"), other->response}, {QStringLiteral("other_visit"), other->visit},
                  {QStringLiteral("same_answers"), alike}, {QStringLiteral("answered"), either},
                  {QStringLiteral("same_unusual_answers"), like.unusual},
                  {QStringLiteral("same_texts"), like.textsSame},
                  {QStringLiteral("same_shopper"), sameShopper}});
    };
    std::unordered_map<qint64, std::vector<const Report*>> byShopper;
    std::unordered_map<qint64, std::vector<const Report*>> byLocation;
    for (const Report& report : reports) {
        if (report.shopper != 0)
            byShopper[report.shopper].push_back(&report);
        byLocation[report.location].push_back(&report);
    }
    for (const auto* groups : {&byShopper, &byLocation})
        for (const auto& [key, group] : *groups)
            for (size_t i = 0; i < group.size(); ++i)
                for (size_t j = i + 1; j < group.size(); ++j)
                    compare(*group[i], *group[j]);

    // One shopper, two visits on one day: time enough between them to travel?
    for (auto& [shopper, group] : byShopper) {
        std::vector<const Report*> timed;
        std::copy_if(group.begin(), group.end(), std::back_inserter(timed),
                     [](const Report* r) { return r->date.isValid() && r->time.isValid(); });
        std::sort(timed.begin(), timed.end(), [](const Report* a, const Report* b) {
            return a->date != b->date ? a->date < b->date : a->time < b->time;
        });
        for (size_t i = 1; i < timed.size(); ++i) {
            const Report& before = *timed[i - 1];
            const Report& after = *timed[i];
            if (before.date != after.date)
                continue;
            const int gap = before.time.secsTo(after.time) / 60 - before.minutes.value_or(0);
            std::optional<double> km;
            if (before.inPerson && after.inPerson && before.located && after.located && before.location != after.location)
                km = GreatCircle::haversineKm(before.latitude, before.longitude, after.latitude, after.longitude);
            const int needed = km ? int(std::ceil(*km / rules.travelKmPerHour * 60)) : 0;
            if (gap >= needed && gap >= 0)
                continue;
            flag(after, QcFlag::TooClose, QcFlag::Severity::Serious,
                 km ? tr("%1 minutes after visit %2 at %3 ended, %4 km away (%5 minutes at %6 km/h).")
                          .arg(gap)
                          .arg(before.visit)
                          .arg(before.locationCode, locale.toString(*km, 'f', 0))
                          .arg(needed)
                          .arg(locale.toString(rules.travelKmPerHour, 'g', 3))
                    : tr("Starts %1 minutes before visit %2 at %3 ended.").arg(-gap).arg(before.visit).arg(before.locationCode),
                 {{QStringLiteral("other_visit"), before.visit}, {QStringLiteral("gap_minutes"), gap},
                  {QStringLiteral("km"), km ? QJsonValue(std::round(*km * 10) / 10) : QJsonValue()},
                  {QStringLiteral("needed_minutes"), needed}});
        }
    }

    std::stable_sort(flags.begin(), flags.end(), [](const QcFlag& a, const QcFlag& b) {
        return a.responseId != b.responseId ? a.responseId < b.responseId : a.kind < b.kind;
    });
    return flags;
}
