#include "ScoreStore.h"

#include "ResponseScorer.h"
#include "project/BulkInserter.h"
#include "project/NativeQuery.h"
#include "project/ProjectConnection.h"
#include "project/WorkerWrites.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <map>
#include <set>

namespace {

ScoreStore::Progress orWorker(const ScoreStore::Progress& progress)
{
    if (progress)
        return progress;
    return [](int percent) { return WorkerWrites::reportProgress(percent); };
}

// Rescores (all or some) reports and writes their rows over the stored ones. Rows are updated in
// place (an upsert) rather than deleted first: with foreign keys on, SQLite deletes every row of
// section_score one by one, which took longer than writing them (docs/results.md). Only the
// section rows a fresh rescoring no longer has are deleted.
bool write(const QSqlDatabase& db, const std::optional<QList<qint64>>& only, const QString& computedAt,
           ScoreStore::Counts* counts, QString* error, const ScoreStore::Progress& progress)
{
    ResponseScorer scorer(db, only);
    if (!scorer.prepare(error))
        return false;
    sqlite3* handle = ProjectConnection::handleOf(db);
    BulkInserter visit(handle,
                       "INSERT INTO visit_score (response_id, score, earned, possible, knocked_out, computed_at, "
                       "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (response_id) DO UPDATE SET "
                       "score = excluded.score, earned = excluded.earned, possible = excluded.possible, "
                       "knocked_out = excluded.knocked_out, computed_at = excluded.computed_at, "
                       "fingerprint = excluded.fingerprint");
    BulkInserter section(handle,
                         "INSERT INTO section_score (response_id, section_id, score, earned, possible, knocked_out) "
                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (response_id, section_id) DO UPDATE SET "
                         "score = excluded.score, earned = excluded.earned, possible = excluded.possible, "
                         "knocked_out = excluded.knocked_out");
    BulkInserter question(handle,
                          "INSERT INTO question_scores (response_id, scores, answers) VALUES (?, ?, ?) "
                          "ON CONFLICT (response_id) DO UPDATE SET scores = excluded.scores, answers = excluded.answers");
    BulkInserter dropSection(handle, "DELETE FROM section_score WHERE response_id = ? AND section_id = ?");
    // All reports: one pass over the batch's id range. Some: one seek per report, as they may lie
    // far apart (a wave's import, a few QC edits).
    NativeQuery storedSections(db, only ? "SELECT response_id, section_id FROM section_score WHERE response_id = ?1"
                                        : "SELECT response_id, section_id FROM section_score "
                                          "WHERE response_id BETWEEN ?1 AND ?2");
    for (const BulkInserter* inserter : { &visit, &section, &question, &dropSection })
        if (!inserter->isValid()) {
            *error = inserter->error();
            return false;
        }
    const QByteArray computed = computedAt.toUtf8();
    ScoreStore::Counts written;
    written.versions = scorer.versions().size();
    const auto consume = [&](const std::vector<ScoredResponse>& batch, QString* why) {
        // Section rows of the batch's reports that the fresh scores do not have (a section no
        // longer applicable) go.
        std::set<std::pair<qint64, qint64>> fresh;
        for (const ScoredResponse& scored : batch)
            for (const ScoredResponse::Section& own : scored.sections)
                fresh.emplace(scored.responseId, own.sectionId);
        std::vector<std::pair<qint64, qint64>> stale;
        auto collectStale = [&] {
            while (storedSections.next()) {
                const std::pair<qint64, qint64> key(storedSections.integer(0), storedSections.integer(1));
                if (!fresh.count(key))
                    stale.push_back(key);
            }
        };
        if (only) {
            for (const ScoredResponse& scored : batch) {
                storedSections.reset().bind(1, scored.responseId);
                collectStale();
            }
        } else { // every report of the range is in the batch
            storedSections.reset().bind(1, batch.front().responseId).bind(2, batch.back().responseId);
            collectStale();
        }
        if (!storedSections.error().isEmpty()) {
            *why = storedSections.error();
            return false;
        }
        for (const auto& [responseId, sectionId] : stale) {
            if (!dropSection.bind(1, responseId).bind(2, sectionId).execute()) {
                *why = dropSection.error();
                return false;
            }
        }
        for (const ScoredResponse& scored : batch) {
            visit.bind(1, scored.responseId);
            if (scored.visit.score)
                visit.bind(2, *scored.visit.score);
            else
                visit.bindNull(2);
            visit.bind(3, scored.visit.earned)
                .bind(4, scored.visit.possible)
                .bind(5, scored.visit.knockedOut ? 1 : 0)
                .bindText(6, computed)
                .bind(7, scored.fingerprint);
            if (!visit.insert()) {
                *why = visit.error();
                return false;
            }
            for (const ScoredResponse::Section& own : scored.sections) {
                section.bind(1, scored.responseId)
                    .bind(2, own.sectionId)
                    .bind(3, *own.result.score)
                    .bind(4, own.result.earned)
                    .bind(5, own.result.possible)
                    .bind(6, own.result.knockedOut ? 1 : 0);
                if (!section.insert()) {
                    *why = section.error();
                    return false;
                }
            }
            question.bind(1, scored.responseId)
                .bindBlob(2, scored.questionScores)
                .bindBlob(3, scored.answerValues);
            if (!question.insert()) {
                *why = question.error();
                return false;
            }
            ++written.responses;
            written.sections += qint64(scored.sections.size());
            for (size_t slot = 0; slot * 4 < size_t(scored.questionScores.size()); ++slot)
                written.questions
                    += std::isnan(ScoredResponse::questionScoreAt(scored.questionScores, slot)) ? 0 : 1;
        }
        return true;
    };
    if (!scorer.run(consume, orWorker(progress), error))
        return false;
    if (counts)
        *counts = written;
    return true;
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

bool same(const std::optional<double>& a, const std::optional<double>& b)
{
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

QString shown(const std::optional<double>& score)
{
    return score ? QString::number(*score, 'g', 6) : QStringLiteral("none");
}

} // namespace

QString ScoreStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool ScoreStore::rescoreAll(const QSqlDatabase& db, const QString& computedAt, Counts* counts, QString* error,
                            const Progress& progress)
{
    return write(db, std::nullopt, computedAt, counts, error, progress);
}

bool ScoreStore::rescore(const QSqlDatabase& db, const QList<qint64>& responseIds, const QString& computedAt,
                         Counts* counts, QString* error)
{
    return write(db, responseIds, computedAt, counts, error, [](int) { return !WorkerWrites::cancelled(); });
}

std::optional<qint64> ScoreStore::staleCount(const QSqlDatabase& db, QString* error)
{
    ResponseScorer scorer(db);
    if (!scorer.prepare(error))
        return std::nullopt;
    qint64 stale = 0;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM response r LEFT JOIN visit_score s ON s.response_id = r.id "
                       "WHERE r.version_id = ? AND (s.response_id IS NULL OR s.fingerprint <> ?)"));
    for (auto it = scorer.versions().cbegin(); it != scorer.versions().cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value()->fingerprint());
        if (!query.exec() || !query.next()) {
            *error = query.lastError().databaseText();
            return std::nullopt;
        }
        stale += query.value(0).toLongLong();
    }
    return stale;
}

std::optional<ScoreStore::Comparison> ScoreStore::compare(const QSqlDatabase& db, int firstCount,
                                                          QString* error, const Progress& progress)
{
    ResponseScorer scorer(db);
    if (!scorer.prepare(error))
        return std::nullopt;
    NativeQuery visits(
        db,
        "SELECT response_id, score, earned, possible, knocked_out, fingerprint FROM visit_score "
        "WHERE response_id BETWEEN ?1 AND ?2 ORDER BY response_id");
    NativeQuery sections(
        db,
        "SELECT response_id, section_id, score, earned, possible, knocked_out FROM section_score "
        "WHERE response_id BETWEEN ?1 AND ?2 ORDER BY response_id, section_id");
    NativeQuery questions(
        db,
        "SELECT response_id, scores, answers FROM question_scores WHERE response_id BETWEEN ?1 AND ?2 "
        "ORDER BY response_id");
    Comparison comparison;
    auto differs = [&](qint64 responseId, const QString& what) {
        ++comparison.differing;
        if (comparison.first.size() < firstCount) {
            comparison.first << responseId;
            comparison.details << tr("report %1: %2").arg(responseId).arg(what);
        }
    };
    const auto consume = [&](const std::vector<ScoredResponse>& batch, QString* why) {
        // The stored rows of the batch's id range, by report (every report in the range is in
        // the batch: batches are consecutive runs of the reports in id order).
        struct Stored
        {
            bool visit = false;
            std::optional<double> score;
            double earned = 0;
            double possible = 0;
            bool knockedOut = false;
            qint64 fingerprint = 0;
            std::map<qint64, ScoreResult> sections;
            QByteArray questions;
            QByteArray answers;
            bool hasQuestions = false;
        };
        std::map<qint64, Stored> stored;
        const qint64 low = batch.front().responseId;
        const qint64 high = batch.back().responseId;
        for (NativeQuery* query : { &visits, &sections, &questions })
            query->reset().bind(1, low).bind(2, high);
        while (visits.next()) {
            Stored& row = stored[visits.integer(0)];
            row.visit = true;
            if (!visits.isNull(1))
                row.score = visits.real(1);
            row.earned = visits.real(2);
            row.possible = visits.real(3);
            row.knockedOut = visits.integer(4) != 0;
            row.fingerprint = visits.integer(5);
        }
        while (sections.next()) {
            ScoreResult result;
            if (!sections.isNull(2))
                result.score = sections.real(2);
            result.earned = sections.real(3);
            result.possible = sections.real(4);
            result.knockedOut = sections.integer(5) != 0;
            stored[sections.integer(0)].sections.emplace(sections.integer(1), result);
        }
        while (questions.next()) {
            Stored& row = stored[questions.integer(0)];
            row.questions = questions.blob(1).toByteArray();
            row.answers = questions.blob(2).toByteArray();
            row.hasQuestions = true;
        }
        for (NativeQuery* query : { &visits, &sections, &questions })
            if (!query->error().isEmpty()) {
                *why = query->error();
                return false;
            }
        for (const ScoredResponse& fresh : batch) {
            ++comparison.compared;
            const auto it = stored.find(fresh.responseId);
            if (it == stored.end() || !it->second.visit) {
                differs(fresh.responseId, tr("no stored scores"));
                continue;
            }
            const Stored& row = it->second;
            if (row.fingerprint != fresh.fingerprint) {
                differs(fresh.responseId, tr("scored under other scoring rules"));
            } else if (!same(row.score, fresh.visit.score) || !same(row.earned, fresh.visit.earned)
                       || !same(row.possible, fresh.visit.possible)
                       || row.knockedOut != fresh.visit.knockedOut) {
                differs(
                    fresh.responseId,
                    tr("visit score %1 stored, %2 computed").arg(shown(row.score), shown(fresh.visit.score)));
            } else if (row.sections.size() != fresh.sections.size()
                       || !std::all_of(fresh.sections.cbegin(), fresh.sections.cend(),
                                       [&](const ScoredResponse::Section& own) {
                                           const auto found = row.sections.find(own.sectionId);
                                           return found != row.sections.end()
                                               && same(found->second.score, own.result.score)
                                               && same(found->second.earned, own.result.earned)
                                               && same(found->second.possible, own.result.possible)
                                               && found->second.knockedOut == own.result.knockedOut;
                                       })) {
                differs(fresh.responseId, tr("section scores differ"));
            } else if (!row.hasQuestions || row.questions != fresh.questionScores) {
                differs(fresh.responseId, tr("question scores differ"));
            } else if (row.answers != fresh.answerValues) {
                differs(fresh.responseId, tr("the answers kept for charts differ from the answers"));
            }
        }
        return true;
    };
    if (!scorer.run(consume, progress, error))
        return std::nullopt;
    return comparison;
}
