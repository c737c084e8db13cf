#include "ResponseScorer.h"

#include "AnswerReader.h"
#include "project/JsonIdList.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <future>
#include <thread>

namespace {

// Scores a batch, split over the cores the reading thread leaves free (at least one thread
// besides it, so reading the next batch goes on meanwhile).
std::vector<ScoredResponse> scoreBatch(const AnswerReader::Batch& batch)
{
    std::vector<ScoredResponse> scored(batch.size());
    auto scoreRange = [&](size_t from, size_t to) {
        VisitScore scratch;
        for (size_t i = from; i < to; ++i)
            scored[i] = ScoredResponse::compute(*batch.versions[i], batch.responseIds[i],
                                                batch.answers.data() + batch.offsets[i],
                                                batch.offsets[i + 1] - batch.offsets[i], &scratch);
    };
    const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 2, 8) - 1;
    const size_t chunk = (batch.size() + threads - 1) / threads;
    std::vector<std::future<void>> parts;
    for (size_t from = chunk; from < batch.size(); from += chunk)
        parts.push_back(
            std::async(std::launch::async, scoreRange, from, std::min(batch.size(), from + chunk)));
    scoreRange(0, std::min(batch.size(), chunk));
    for (auto& part : parts)
        part.get();
    return scored;
}

} // namespace

ResponseScorer::ResponseScorer(const QSqlDatabase& db, std::optional<QList<qint64>> only)
    : m_db(db)
    , m_only(std::move(only))
{
}

ResponseScorer::~ResponseScorer() = default;

bool ResponseScorer::prepare(QString* error)
{
    QSqlQuery query(m_db);
    if (m_only) {
        query.prepare(QStringLiteral(
            "SELECT version_id, count(*) FROM response WHERE id IN (SELECT value FROM json_each(?)) "
            "GROUP BY version_id"));
        query.addBindValue(jsonIdList(*m_only));
    } else {
        query.prepare(QStringLiteral("SELECT version_id, count(*) FROM response GROUP BY version_id"));
    }
    if (!query.exec()) {
        *error = query.lastError().databaseText();
        return false;
    }
    std::vector<qint64> versionIds;
    m_total = 0;
    while (query.next()) {
        versionIds.push_back(query.value(0).toLongLong());
        m_total += query.value(1).toLongLong();
    }
    for (const qint64 versionId : versionIds) {
        auto version = ScoredVersion::load(m_db, versionId, error);
        if (!version)
            return false;
        m_versionIndex.insert(versionId, version.get());
        m_versions.push_back(std::move(version));
    }
    return true;
}

bool ResponseScorer::run(const Consume& consume, const Progress& progress, QString* error)
{
    AnswerReader reader(m_db, m_versionIndex, m_only);
    AnswerReader::Batch current;
    AnswerReader::Batch following;
    qint64 done = 0;
    bool more = reader.next(&current, batchSize);
    while (more) {
        // Score this batch on other threads while this one reads the next.
        auto scoring = std::async(std::launch::async, [&current] { return scoreBatch(current); });
        more = reader.next(&following, batchSize);
        const std::vector<ScoredResponse> scored = scoring.get();
        done += qint64(scored.size());
        if (!consume(scored, error))
            return false;
        if (progress && !progress(int(done * 100 / std::max<qint64>(1, m_total)))) {
            *error = tr("cancelled");
            return false;
        }
        std::swap(current, following);
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return false;
    }
    return true;
}
