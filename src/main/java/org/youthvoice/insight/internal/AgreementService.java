package org.youthvoice.insight.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.youthvoice.base.UserFacingException;
import org.youthvoice.framework.FrameworkService;
import org.youthvoice.insight.CodeChoice;
import org.youthvoice.insight.TaggingService;
import org.youthvoice.insight.TextFilter;
import org.youthvoice.security.CurrentUser;
import org.youthvoice.security.ForOfficers;

/**
 * How far officers agree when they code the same texts. An officer draws a sample from the stream; each coder codes
 * it on their own (their codes are kept apart from the shared tags, and nobody sees another coder's codes); once a
 * coder has coded every item they see Cohen's kappa for every pair of coders, per code and pooled.
 */
@Service
public class AgreementService {

    public static final int MAX_SAMPLE = 500;

    private final SampleStore samples;
    private final TaggingService tagging;
    private final FrameworkService frameworks;
    private final Clock clock;

    AgreementService(SampleStore samples, TaggingService tagging, FrameworkService frameworks, Clock clock) {
        this.samples = samples;
        this.tagging = tagging;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** Draws {@code size} random texts (that still have their words) from those the filter gives. */
    @ForOfficers
    @Transactional
    public CodingSample createSample(String name, TextFilter filter, int size) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120 || size < 1 || size > MAX_SAMPLE) {
            throw new UserFacingException("agreement.error.sample", MAX_SAMPLE);
        }
        var ids = tagging.randomIds(filter, size);
        if (ids.isEmpty()) {
            throw new UserFacingException("agreement.error.empty");
        }
        long id = samples.create(clean, ids, CurrentUser.name(), LocalDateTime.now(clock));
        return sample(id);
    }

    /** Every sample, newest first, with how far the officer asking has got. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<CodingSample> samples() {
        return samples.newestIds(100).stream().map(this::sample).toList();
    }

    @ForOfficers
    @Transactional(readOnly = true)
    public CodingSample sample(long sampleId) {
        String me = CurrentUser.name();
        var coders = samples.coders(sampleId);
        return samples.find(sampleId, me)
                .map(s -> new CodingSample(s.id(), s.name(), s.createdBy(), s.createdAt(), s.items(),
                        s.codedByCoder(), coders))
                .orElseThrow(() -> new UserFacingException("agreement.error.gone"));
    }

    /** The sample's texts in order, with the asking officer's own codes only. */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<SampleItem> items(long sampleId) {
        String me = CurrentUser.name();
        var mine = samples.codesOf(sampleId, me);
        return samples.items(sampleId, me).stream()
                .map(i -> new SampleItem(i.textId(), i.position(), i.text(), i.placeTitle(), i.questionText(),
                        i.coded(), mine.getOrDefault(i.textId(), List.of())))
                .toList();
    }

    /** Records the asking officer's codes for one item of the sample (none at all is a decision too). */
    @ForOfficers
    @Transactional
    public void code(long sampleId, long textId, Collection<String> codes) {
        String me = CurrentUser.name();
        if (!samples.contains(sampleId, textId)) {
            throw new UserFacingException("agreement.error.gone");
        }
        if (!codes.isEmpty()) {
            var active = tagging.codes().stream().map(CodeChoice::code).toList();
            codes.stream().filter(c -> !active.contains(c)).findFirst().ifPresent(c -> {
                throw new UserFacingException("tagging.error.code", c);
            });
        }
        samples.code(sampleId, textId, me, new LinkedHashSet<>(codes), LocalDateTime.now(clock));
    }

    /**
     * Cohen's kappa for every pair of coders, per code and pooled over every item and code, counted in SQL over the
     * items both coded; the codes are those any coder of the sample used. Only for an officer who has coded every
     * item, so nobody sees how others coded before deciding themselves.
     */
    @ForOfficers
    @Transactional(readOnly = true)
    public List<Agreement> agreement(long sampleId) {
        var sample = sample(sampleId);
        if (!sample.doneByMe()) {
            throw new UserFacingException("agreement.error.notDone");
        }
        var titles = frameworks.titlesOf(samples.codesUsed(sampleId));
        var coders = sample.coders();
        var result = new ArrayList<Agreement>();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                result.add(pair(sampleId, coders.get(i), coders.get(j), titles));
            }
        }
        return result;
    }

    private Agreement pair(long sampleId, String first, String second, Map<String, String> titles) {
        long items = samples.codedByBoth(sampleId, first, second);
        var perCode = samples.codeCounts(sampleId, first, second).stream()
                .map(c -> new Agreement.CodeAgreement(c.tagCode(), titles.getOrDefault(c.tagCode(), ""),
                        new Kappa(c.bothYes(), c.onlyFirst(), c.onlySecond(), c.bothNo())))
                .toList();
        var pooled = perCode.stream().map(Agreement.CodeAgreement::kappa).reduce(new Kappa(0, 0, 0, 0), Kappa::plus);
        return new Agreement(first, second, items, perCode, pooled);
    }

    /** The officer asking, as the other services of this module name them (the same words as the shared tags). */
}
