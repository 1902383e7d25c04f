package io.tierdesk.sla.clock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order facts are folded in, whatever order they arrived in: by instant, then by kind
 * ({@link FactKind}), and changes of one kind at one instant in the chain their from and
 * to values make (OPEN → PENDING, PENDING → OPEN); the same event delivered twice counts
 * once. Only a chain that loops within one instant falls back to the events' keys.
 */
final class FactOrder {

	private static final Comparator<ClockFact> BY_TIME = Comparator.comparing(ClockFact::at)
		.thenComparing(ClockFact::kind)
		.thenComparing(ClockFact::key);

	private FactOrder() {
	}

	static List<ClockFact> of(List<ClockFact> facts) {
		Map<String, ClockFact> once = new LinkedHashMap<>();
		facts.forEach(f -> once.putIfAbsent(f.key(), f));
		List<ClockFact> sorted = new ArrayList<>(once.values());
		sorted.sort(BY_TIME);
		List<ClockFact> ordered = new ArrayList<>(sorted.size());
		int i = 0;
		while (i < sorted.size()) {
			int j = i;
			while (j < sorted.size() && sameMoment(sorted.get(i), sorted.get(j))) {
				j++;
			}
			ordered.addAll(chained(sorted.subList(i, j)));
			i = j;
		}
		return ordered;
	}

	private static boolean sameMoment(ClockFact a, ClockFact b) {
		return a.at().equals(b.at()) && a.kind() == b.kind();
	}

	/** Each change follows the one whose {@code to} is its {@code from}. */
	private static List<ClockFact> chained(List<ClockFact> group) {
		List<ClockFact> left = new ArrayList<>(group);
		List<ClockFact> chain = new ArrayList<>(group.size());
		while (!left.isEmpty()) {
			ClockFact next = left.stream()
				.filter(f -> left.stream().noneMatch(o -> o != f && Objects.equals(o.to(), f.from())))
				.findFirst()
				.orElse(left.get(0));
			while (next != null) {
				chain.add(next);
				left.remove(next);
				ClockFact current = next;
				next = left.stream().filter(f -> Objects.equals(f.from(), current.to())).findFirst().orElse(null);
			}
		}
		return chain;
	}

}
