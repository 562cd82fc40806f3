package io.concierge.admin.kernel;

public class ToyRecordImpl implements ToyRecord {
}
