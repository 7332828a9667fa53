// Copyright (C) 2026 The Shared Memory Loader authors
// SPDX-License-Identifier: BSD-3-Clause

#include "imagefitter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QList>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcFitter, "shm.fitter", QtWarningMsg)

namespace ImageFitter {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(JpegQuality);
    return writer.write(image) ? bytes : QByteArray();
}

QImage scaledToLongerSide(const QImage &image, int side)
{
    const bool wide = image.width() >= image.height();
    const QImage scaled = wide ? image.scaledToWidth(side, Qt::SmoothTransformation)
                               : image.scaledToHeight(side, Qt::SmoothTransformation);
    if (!scaled.isNull() || side <= 0)
        return scaled;
    // The shorter side rounded to nothing (a strip of 60000 × 1): one pixel of it stays.
    return image.scaled(wide ? QSize(side, 1) : QSize(1, side), Qt::IgnoreAspectRatio,
                        Qt::SmoothTransformation);
}

namespace {

// Trials start at this longer side (or the image's own, when smaller) and halve: cheap encodes
// that tell how the bytes grow with the side.
constexpr int TrialSide = 1024;
// A candidate is aimed this far under the predicted largest side, so that it fits even when the
// prediction is a little high; one at least Accept of the prediction is taken.
constexpr double Aim = 0.995;
constexpr double Accept = 0.99;

struct Sample
{
    double side; // the longer side
    double bytes;
};

// bytes ∝ side^e through a and b, solved for the side that takes target bytes. The exponent is
// kept within what images do (the overhead of a tiny one, the pixels of noise).
double powerLaw(const Sample &a, const Sample &b, double target, double minExponent)
{
    double exponent = std::log(b.bytes / a.bytes) / std::log(b.side / a.side);
    if (!std::isfinite(exponent))
        exponent = 2;
    exponent = std::clamp(exponent, minExponent, 2.5);
    return a.side * std::pow(target / a.bytes, 1 / exponent);
}

// bytes = c0 + c1·side + c2·side² (header, rows, pixels) through three samples, solved for the
// side that takes target bytes; 0 when the three do not make such a curve. It follows a smooth
// image's growth, whose exponent rises towards 2 with the side, better than a power law does.
double quadratic(const Sample &a, const Sample &b, const Sample &c, double target)
{
    const double ab = (b.bytes - a.bytes) / (b.side - a.side);
    const double bc = (c.bytes - b.bytes) / (c.side - b.side);
    const double c2 = (bc - ab) / (c.side - a.side);
    const double c1 = ab - c2 * (a.side + b.side);
    const double c0 = a.bytes - c1 * a.side - c2 * a.side * a.side;
    if (!(c2 > 0) || target <= c0)
        return 0;
    return (-c1 + std::sqrt(c1 * c1 + 4 * c2 * (target - c0))) / (2 * c2);
}

// The search for the longer side: trials first, then candidates scaled from the image itself,
// each narrowing [m_low, m_high) until the one found is close enough or MaxEncodes are spent.
class Search
{
public:
    Search(const QImage &image, const char *format, qsizetype maxBytes, ImageFitter::Result *result)
        : m_image(image)
        , m_format(format)
        , m_room(double(maxBytes))
        , m_longer(qMax(image.width(), image.height()))
        , m_high(m_longer + 1)
        , m_result(result)
    { }

    void run();

private:
    void addTrials();
    bool attempt(int side);
    double predictSide() const;
    double extrapolate(bool up) const;
    bool closeEnough() const;

    const QImage &m_image;
    const char *m_format;
    const double m_room;
    const int m_longer;
    int m_low = 0; // the largest side that fitted (m_result holds it), or 0
    int m_high; // the smallest side that did not fit
    QList<Sample> m_samples; // trials and candidates, in the order encoded
    ImageFitter::Result *m_result;
    bool m_searching = false; // candidates aimed at the prediction have been tried
};

// Halving from TrialSide, each trial scaled from the one before (cheap), until one fits and
// there are three to fit a curve through.
void Search::addTrials()
{
    QElapsedTimer timer;
    timer.start();
    int side = qMin(m_longer, TrialSide);
    QImage trial = side == m_longer ? m_image : scaledToLongerSide(m_image, side);
    for (;;) {
        const QByteArray bytes = encode(trial, m_format);
        if (bytes.isEmpty())
            return;
        m_samples.append({double(side), double(bytes.size())});
        qCDebug(lcFitter) << "trial" << side << bytes.size() << "bytes," << timer.restart() << "ms";
        if (side == m_longer) { // the image itself: a candidate already
            ++m_result->encodes;
            if (bytes.size() <= m_room) {
                m_low = side;
                m_result->bytes = bytes;
                m_result->image = trial;
                return;
            }
            m_high = side;
        }
        if (side == 1 || (bytes.size() <= m_room && m_samples.size() >= 3))
            return;
        side /= 2;
        trial = scaledToLongerSide(trial, side);
    }
}

bool Search::attempt(int side)
{
    QElapsedTimer timer;
    timer.start();
    const QImage candidate = side == m_longer ? m_image : scaledToLongerSide(m_image, side);
    const qint64 scaledMs = timer.elapsed();
    const QByteArray bytes = encode(candidate, m_format);
    ++m_result->encodes;
    qCDebug(lcFitter) << "candidate" << side << bytes.size() << "bytes, scaled in" << scaledMs
                      << "ms, encoded in" << timer.elapsed() - scaledMs << "ms";
    if (!bytes.isEmpty())
        m_samples.append({double(side), double(bytes.size())});
    if (bytes.isEmpty() || bytes.size() > m_room) {
        m_high = side;
        return false;
    }
    m_low = side;
    m_result->bytes = bytes;
    m_result->image = candidate;
    return true;
}

// The side whose encode would just take the room: between the nearest samples on either side of
// it, or beyond the nearest ones.
double Search::predictSide() const
{
    const Sample *under = nullptr;
    const Sample *over = nullptr;
    for (const Sample &sample : m_samples) {
        if (sample.bytes <= m_room) {
            if (!under || sample.side > under->side)
                under = &sample;
        } else if (!over || sample.side < over->side) {
            over = &sample;
        }
    }
    if (under && over)
        return under->side < over->side ? powerLaw(*under, *over, m_room, 0.5) : under->side;
    return extrapolate(!over);
}

// From the largest samples up, or from the smallest down.
double Search::extrapolate(bool up) const
{
    QList<Sample> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end(), [up](const Sample &a, const Sample &b) {
        return up ? a.side > b.side : a.side < b.side;
    });
    if (sorted.size() < 2)
        return sorted.isEmpty() ? 0
                                : sorted.first().side * std::sqrt(m_room / sorted.first().bytes);
    const Sample &nearest = sorted.at(0);
    // The other end of the power law far enough away that jitter in the bytes does not matter.
    const Sample *other = &sorted.at(1);
    for (const Sample &sample : sorted)
        if (std::abs(std::log(sample.side / nearest.side)) >= std::log(1.25)) {
            other = &sample;
            break;
        }
    if (!up)
        return powerLaw(*other, nearest, m_room, 0.5);
    double side = powerLaw(*other, nearest, m_room, 1.0);
    // Near, or once candidates aimed at it were tried: the measured growth holds (a strip one
    // pixel high grows as side^1).
    if (m_searching || side < 1.25 * nearest.side)
        return side;
    // Far: the bytes are taken to grow at least as side^1.7 (a photo grows slower, less detailed
    // a pixel when less scaled down): a candidate too small costs less than one too large, and
    // is a result. The curve follows a smooth image's growth.
    side = powerLaw(*other, nearest, m_room, 1.7);
    if (sorted.size() >= 3) {
        const double curve = quadratic(sorted.at(2), sorted.at(1), sorted.at(0), m_room);
        if (curve > 0)
            side = qMin(side, curve);
    }
    return side;
}

// Whether no side larger than the one found fits by more than 2 %: the bracket says so (when
// sizes grow with the side), or the prediction from a candidate this close does.
bool Search::closeEnough() const
{
    if (m_low == m_longer || m_high - m_low <= 1)
        return true;
    return m_low >= 0.98 * (m_high - 1) || m_low >= Accept * predictSide();
}

void Search::run()
{
    addTrials();
    if (m_low > 0 || m_samples.isEmpty())
        return;
    // An answer far beyond the trials: a candidate at twice their side first. Extrapolating over
    // a ratio of two rather than four misses by under a percent rather than several, which saves
    // a candidate at full scale (each costs as much as several of these).
    if (m_longer > 3 * TrialSide && predictSide() > 3 * TrialSide)
        attempt(2 * TrialSide);
    // Until one fits, each miss after the first aims lower: a run of misses still ends with one
    // that fits. Once one fits, a candidate aims just under the prediction again, above the one
    // found by more than half a percent (or closeEnough() would have stopped): no creeping.
    double missAim = Aim;
    int misses = 0;
    while (m_result->encodes < MaxEncodes) {
        const double aim = m_low > 0 ? Aim : missAim;
        const double raw = predictSide() * aim;
        const double predicted = std::isfinite(raw) ? std::clamp(raw, 0.0, double(m_longer)) : 0;
        const int side = qBound(m_low + 1, int(predicted), m_high - 1);
        if (side >= m_high)
            break;
        m_searching = true;
        const bool fitted = attempt(side);
        if (m_low > 0 && closeEnough())
            break;
        if (!fitted && m_low == 0 && ++misses > 1)
            missAim *= missAim < 0.95 ? 0.85 : 0.97;
    }
}

} // namespace

Result fit(QImage image, const QString &sourceType, qsizetype maxBytes)
{
    Result result;
    if (image.isNull() || maxBytes <= 0)
        return result;
    // Lossless sources stay lossless; WebP may be either, and is taken as a photo.
    static const QStringList lossless{QStringLiteral("image/png"), QStringLiteral("image/gif"),
                                      QStringLiteral("image/bmp"), QStringLiteral("image/svg+xml")};
    const bool png = image.hasAlphaChannel() || lossless.contains(sourceType);
    const char *format = png ? "png" : "jpeg";
    result.contentType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    // Once, in place where the depth allows (the caller hands its image over): scaling a 32-bit
    // premultiplied or RGB32 image needs no further full-size copy, so the memory stays at the
    // decoded image plus the candidates, all within the allocation limit.
    image.convertTo(png ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    Search(image, format, maxBytes, &result).run();
    qCDebug(lcFitter) << image.size() << "into" << maxBytes << "bytes:" << result.image.size()
                      << result.bytes.size() << "bytes," << result.encodes << "encodes";
    return result;
}

} // namespace ImageFitter
