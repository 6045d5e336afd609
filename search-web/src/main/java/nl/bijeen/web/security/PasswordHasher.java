package nl.bijeen.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with the
 * OWASP minimum parameters (19 MiB, 2 iterations, 1 lane). The parameters travel in the string, so stronger ones
 * later still verify old hashes.
 */
@jakarta.inject.Singleton
public final class PasswordHasher {

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /** False for a wrong password and for anything that is not one of our hashes. Constant time on the hash. */
    public boolean verify(String password, String phc) {
        try {
            String[] parts = phc.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id")) {
                return false;
            }
            int m = 0;
            int t = 0;
            int p = 0;
            for (String setting : parts[3].split(",")) {
                int value = Integer.parseInt(setting.substring(2));
                switch (setting.charAt(0)) {
                    case 'm' -> m = value;
                    case 't' -> t = value;
                    case 'p' -> p = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = argon2(password, B64D.decode(parts[4]), m, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
