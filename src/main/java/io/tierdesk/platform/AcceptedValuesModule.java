package io.tierdesk.platform;

import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link AcceptedValues} to every string and every time Jackson reads, whichever
 * record, list or property holds it: the one place a JSON body's text and times are
 * checked. A refused value fails the read like a value of the wrong type, so
 * {@link ProblemHandling} answers 400 naming the field ({@link UnreadableBody}).
 */
class AcceptedValuesModule extends SimpleModule {

	AcceptedValuesModule() {
		super("tierdesk-accepted-values");
		setDeserializerModifier(new Modifier());
	}

	/** A value the read refused; the message ends the sentence "Field 'x' ...". */
	static final class RefusedValue extends MismatchedInputException {

		RefusedValue(JsonParser parser, String refusal, Class<?> type) {
			super(parser, refusal, type);
		}

		String refusal() {
			return getOriginalMessage();
		}

	}

	private static final class Modifier extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			Class<?> type = deserializer.handledType();
			boolean checked = type != null
					&& (CharSequence.class.isAssignableFrom(type) || TemporalAccessor.class.isAssignableFrom(type));
			return checked ? new Checking(deserializer) : deserializer;
		}

	}

	/** Reads with Jackson's own deserializer, then applies the rule to the value. */
	private static final class Checking extends DelegatingDeserializer {

		Checking(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checking(delegate);
		}

		@Override
		public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			String refusal = AcceptedValues.refusal(value);
			if (refusal != null) {
				throw new RefusedValue(parser, refusal, handledType());
			}
			return value;
		}

	}

}
