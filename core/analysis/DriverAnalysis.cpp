#include "DriverAnalysis.h"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

// Eigen is not written for -Wconversion / -Wshadow; its warnings are not ours to fix.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <Eigen/Dense>
#pragma GCC diagnostic pop

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString displayName(const DriverAnalysis::Item& item)
{
    return item.label.isEmpty() ? item.code : QStringLiteral("%1 (%2)").arg(item.label, item.code);
}

// Two-sided p of a correlation r on n pairs: t = r√((n-2)/(1-r²)) with n - 2 degrees of freedom.
double correlationPValue(double r, qint64 n)
{
    if (n < 3)
        return 1.0;
    if (std::abs(r) >= 1.0)
        return 0.0;
    const double degreesOfFreedom = double(n - 2);
    const double t = std::abs(r) * std::sqrt(degreesOfFreedom / (1 - r * r));
    const boost::math::students_t_distribution<double> distribution(degreesOfFreedom);
    return std::clamp(2 * boost::math::cdf(boost::math::complement(distribution, t)), 0.0, 1.0);
}

// An item that passed the base and variance checks, with its answers over the respondents
// with an outcome (NaN where missing).
struct Candidate
{
    const DriverAnalysis::Item* item = nullptr;
    std::vector<double> answers;
    double mean = 0;
    DriverAnalysis::Driver driver;
};

// Centres values on their mean and scales them to length 1, so that the dot product of two
// such columns is their correlation. Missing values (NaN) become the mean, i.e. 0.
Eigen::VectorXd standardised(const std::vector<double>& values, double mean)
{
    Eigen::VectorXd column(Eigen::Index(values.size()));
    for (std::size_t row = 0; row < values.size(); ++row)
        column(Eigen::Index(row)) = std::isnan(values[row]) ? 0.0 : values[row] - mean;
    const double norm = column.norm();
    if (norm > 0)
        column /= norm;
    return column;
}

// Johnson's relative weights of the standardised predictors X for the standardised outcome y:
// R = X'X = QΛQ', Λ_R = R^½ = QΛ^½Q' (the correlations of the predictors with their closest
// orthonormal counterparts Z), β = Λ_R⁻¹ r_xy (the regression of y on Z), and
// weight_j = Σ_k Λ_R[j,k]² β_k². The weights sum to β'β = R².
Eigen::VectorXd relativeWeights(const Eigen::MatrixXd& predictors, const Eigen::VectorXd& outcome)
{
    const Eigen::MatrixXd correlations = predictors.transpose() * predictors;
    const Eigen::VectorXd outcomeCorrelations = predictors.transpose() * outcome;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(correlations);
    const Eigen::VectorXd eigenvalues = solver.eigenvalues();
    // Collinear items give eigenvalues of 0 that rounding makes slightly negative or tiny;
    // they are treated as exactly 0 and left out of the inverse (a pseudo-inverse), so two
    // identical items share their weight instead of blowing up.
    const double tolerance = std::max(eigenvalues.maxCoeff(), 1.0) * 1e-10;
    Eigen::VectorXd root(eigenvalues.size());
    Eigen::VectorXd inverseRoot(eigenvalues.size());
    for (Eigen::Index k = 0; k < eigenvalues.size(); ++k) {
        const bool kept = eigenvalues(k) > tolerance;
        root(k) = kept ? std::sqrt(eigenvalues(k)) : 0.0;
        inverseRoot(k) = kept ? 1.0 / root(k) : 0.0;
    }
    const Eigen::MatrixXd& vectors = solver.eigenvectors();
    const Eigen::MatrixXd lambda = vectors * root.asDiagonal() * vectors.transpose();
    const Eigen::MatrixXd lambdaInverse = vectors * inverseRoot.asDiagonal() * vectors.transpose();
    const Eigen::VectorXd beta = lambdaInverse * outcomeCorrelations;
    return lambda.array().square().matrix() * beta.array().square().matrix();
}

} // namespace

std::optional<DriverAnalysis::Result> DriverAnalysis::analyse(const std::vector<Item>& items,
                                                              const std::vector<float>& outcome,
                                                              QString* error, qint64 minBase)
{
    for (const auto& item : items) {
        if (item.values.size() != outcome.size()) {
            fail(error,
                 tr("“%1” has %2 answers for %3 respondents.")
                     .arg(displayName(item))
                     .arg(item.values.size())
                     .arg(outcome.size()));
            return std::nullopt;
        }
    }

    std::vector<std::size_t> respondents;
    for (std::size_t row = 0; row < outcome.size(); ++row) {
        if (std::isfinite(outcome[row]))
            respondents.push_back(row);
    }
    if (qint64(respondents.size()) < minimumRespondents) {
        fail(error,
             tr("A driver analysis needs at least %1 respondents with an outcome, not %2.")
                 .arg(minimumRespondents)
                 .arg(respondents.size()));
        return std::nullopt;
    }
    std::vector<double> y;
    y.reserve(respondents.size());
    for (const auto row : respondents)
        y.push_back(double(outcome[row]));
    const auto [lowest, highest] = std::minmax_element(y.begin(), y.end());
    if (*lowest == *highest) {
        fail(error, tr("Every respondent has the same outcome, so no standard can explain it."));
        return std::nullopt;
    }

    Result result;
    result.respondents = qint64(respondents.size());
    // A correlation needs 3 pairs to have a p-value at all.
    const qint64 base = std::max<qint64>(minBase, 3);
    QStringList tooFewAnswers;
    QStringList noVariance;
    std::vector<Candidate> candidates;
    qint64 missingAnswers = 0;

    for (const auto& item : items) {
        Candidate candidate;
        candidate.item = &item;
        candidate.answers.reserve(respondents.size());
        qint64 n = 0;
        double sumX = 0;
        double sumY = 0;
        for (std::size_t i = 0; i < respondents.size(); ++i) {
            const float value = item.values[respondents[i]];
            if (!std::isfinite(value)) {
                candidate.answers.push_back(std::numeric_limits<double>::quiet_NaN());
                continue;
            }
            candidate.answers.push_back(double(value));
            ++n;
            sumX += double(value);
            sumY += y[i];
        }
        if (n < base) {
            tooFewAnswers << displayName(item);
            continue;
        }
        candidate.mean = sumX / double(n);
        const double meanY = sumY / double(n);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (std::size_t i = 0; i < respondents.size(); ++i) {
            if (std::isnan(candidate.answers[i]))
                continue;
            const double dx = candidate.answers[i] - candidate.mean;
            const double dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        if (!(sxx > 0)) {
            noVariance << displayName(item);
            continue;
        }
        Driver& driver = candidate.driver;
        driver.code = item.code;
        driver.label = item.label;
        driver.n = n;
        driver.performance = 100.0 * candidate.mean;
        // The outcome can be constant among the few who answered this item: no correlation then.
        driver.correlation = syy > 0 ? std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0) : 0.0;
        driver.pValue = correlationPValue(driver.correlation, n);
        missingAnswers += result.respondents - n;
        candidates.push_back(std::move(candidate));
    }

    if (!tooFewAnswers.isEmpty())
        result.notes << tr("Left out, fewer than %1 answers from respondents with an outcome: %2.")
                            .arg(base)
                            .arg(tooFewAnswers.join(QStringLiteral(", ")));
    if (!noVariance.isEmpty())
        result.notes << tr("Left out, the same answer from every respondent: %1.")
                            .arg(noVariance.join(QStringLiteral(", ")));
    if (candidates.empty())
        return result;

    // Not applicable is common in mystery shopping (no queue, no fitting room), and dropping
    // every respondent with a gap would leave almost nobody. For the weights a missing answer
    // counts as the item's mean, which adds nothing to its covariance with the other items or
    // the outcome; the correlations reported per item use the complete pairs only.
    if (missingAnswers > 0) {
        const double percent
            = 100.0 * double(missingAnswers) / (double(result.respondents) * double(candidates.size()));
        result.notes << tr("%1 % of the answers were missing (not applicable or unanswered); for the "
                           "importance they count as the standard's average.")
                            .arg(QString::number(percent, 'f', 1));
    }

    const Eigen::Index rows = Eigen::Index(respondents.size());
    Eigen::MatrixXd predictors(rows, Eigen::Index(candidates.size()));
    for (std::size_t j = 0; j < candidates.size(); ++j)
        predictors.col(Eigen::Index(j)) = standardised(candidates[j].answers, candidates[j].mean);
    double meanY = 0;
    for (const double value : y)
        meanY += value;
    meanY /= double(y.size());
    const Eigen::VectorXd weights = relativeWeights(predictors, standardised(y, meanY));

    result.rSquared = weights.sum();
    for (std::size_t j = 0; j < candidates.size(); ++j) {
        Driver driver = candidates[j].driver;
        driver.weight = std::max(0.0, weights(Eigen::Index(j)));
        driver.importance = result.rSquared > 0 ? 100.0 * driver.weight / result.rSquared : 0.0;
        result.importanceSplit += driver.importance;
        result.performanceSplit += driver.performance;
        result.drivers.push_back(std::move(driver));
    }
    result.importanceSplit /= double(result.drivers.size());
    result.performanceSplit /= double(result.drivers.size());
    for (auto& driver : result.drivers) {
        const bool important = driver.importance >= result.importanceSplit;
        const bool performing = driver.performance >= result.performanceSplit;
        if (important)
            driver.quadrant = performing ? Quadrant::KeepUp : Quadrant::FixFirst;
        else
            driver.quadrant = performing ? Quadrant::Overdone : Quadrant::Secondary;
    }
    std::stable_sort(result.drivers.begin(), result.drivers.end(),
                     [](const Driver& a, const Driver& b) { return a.importance > b.importance; });
    return result;
}
