#pragma once

#include "ScoredResponse.h"
#include "ScoredVersion.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Scores stored reports afresh, batch by batch in report id order: one ScoringPlan per
// questionnaire version, answers read through SQLite's C API, and each batch scored on worker
// threads while the next one is read. What happens to the scores (written, compared) is the
// caller's: it gets every batch in order, on the calling thread (the connection's).
class ResponseScorer
{
    Q_DECLARE_TR_FUNCTIONS(ResponseScorer)

public:
    using Consume = std::function<bool(const std::vector<ScoredResponse>& batch, QString* error)>;
    // 0-100 as reports are scored; false stops the run (cancelled).
    using Progress = std::function<bool(int percent)>;

    // Every report of the file, or only those of `only`.
    explicit ResponseScorer(const QSqlDatabase& db, std::optional<QList<qint64>> only = std::nullopt);
    ~ResponseScorer();

    // Loads the versions the reports use; false with *error when one cannot be read.
    bool prepare(QString* error);
    // Scores every report and hands the batches to consume. False when consume or reading
    // failed, or progress said stop (*error then says "cancelled").
    bool run(const Consume& consume, const Progress& progress, QString* error);

    qint64 responseCount() const { return m_total; }
    const QHash<qint64, const ScoredVersion*>& versions() const { return m_versionIndex; }

    static constexpr size_t batchSize = 4096;

private:
    QSqlDatabase m_db;
    std::optional<QList<qint64>> m_only;
    std::vector<std::unique_ptr<ScoredVersion>> m_versions;
    QHash<qint64, const ScoredVersion*> m_versionIndex;
    qint64 m_total = 0;
};
