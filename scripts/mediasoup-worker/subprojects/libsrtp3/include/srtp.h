// mediasoup 3.27 is written against libsrtp 3: out-of-place protect/unprotect with size_t lengths,
// and an opaque policy object filled through srtp_policy_*() calls. Debian ships libsrtp 2.5,
// whose functions work in place with int lengths and take a public policy struct. These C++
// definitions give the worker the libsrtp 3 calls it uses, on top of the libsrtp 2 ones.
#pragma once

// libsrtp 3's srtp_policy_t is a pointer to an opaque object; libsrtp 2's is the struct itself.
// Renaming libsrtp 2's struct while its header is read frees the name for the libsrtp 3 meaning;
// C symbols link by function name, so libsrtp 2's functions are unaffected.
#define srtp_policy_t bilik_srtp2_policy_t
#include <srtp2/srtp.h>
#undef srtp_policy_t

#ifdef __cplusplus
#include <climits>
#include <cstring>
#include <new>

// libsrtp 3 added these two codes after srtp_err_status_pkt_idx_adv (27).
static constexpr srtp_err_status_t srtp_err_status_buffer_small = static_cast<srtp_err_status_t>(28);
static constexpr srtp_err_status_t srtp_err_status_cryptex_err = static_cast<srtp_err_status_t>(29);

namespace bilik_srtp_compat
{
	using InPlace = srtp_err_status_t (*)(srtp_t, void*, int*);

	// Copies `in` to `out` (when they differ) and runs the in-place libsrtp 2 function there.
	inline srtp_err_status_t Run(
	  InPlace fn, srtp_t ctx, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t growth)
	{
		if (inLen > INT_MAX || *outLen < inLen + growth)
			return srtp_err_status_buffer_small;
		if (out != in)
			std::memmove(out, in, inLen);
		int len = static_cast<int>(inLen);
		const srtp_err_status_t err = fn(ctx, out, &len);
		if (err == srtp_err_status_ok)
			*outLen = static_cast<size_t>(len);
		return err;
	}

	// The libsrtp 2 policy plus the storage its `key` points to (master key followed by salt).
	struct Policy
	{
		bilik_srtp2_policy_t policy;
		unsigned char keyAndSalt[SRTP_MAX_KEY_LEN];
	};
} // namespace bilik_srtp_compat

typedef bilik_srtp_compat::Policy* srtp_policy_t;

// mediasoup never uses MKI (index 0), so mki_index is accepted and ignored.
inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t /*mkiIndex*/)
{
	return bilik_srtp_compat::Run(srtp_protect, ctx, rtp, rtpLen, srtp, srtpLen, SRTP_MAX_TRAILER_LEN);
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	return bilik_srtp_compat::Run(srtp_unprotect, ctx, srtp, srtpLen, rtp, rtpLen, 0);
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t /*mkiIndex*/)
{
	return bilik_srtp_compat::Run(
	  srtp_protect_rtcp, ctx, rtcp, rtcpLen, srtcp, srtcpLen, SRTP_MAX_TRAILER_LEN + 4);
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	return bilik_srtp_compat::Run(srtp_unprotect_rtcp, ctx, srtcp, srtcpLen, rtcp, rtcpLen, 0);
}

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}

inline srtp_err_status_t srtp_policy_create(srtp_policy_t* policy)
{
	*policy = new (std::nothrow) bilik_srtp_compat::Policy{};
	return *policy ? srtp_err_status_ok : srtp_err_status_alloc_fail;
}

inline void srtp_policy_destroy(srtp_policy_t policy)
{
	delete policy;
}

inline srtp_err_status_t srtp_policy_set_ssrc(srtp_policy_t policy, srtp_ssrc_t ssrc)
{
	policy->policy.ssrc = ssrc;
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_profile(srtp_policy_t policy, srtp_profile_t profile)
{
	const srtp_err_status_t err = srtp_crypto_policy_set_from_profile_for_rtp(&policy->policy.rtp, profile);
	if (err != srtp_err_status_ok)
		return err;
	return srtp_crypto_policy_set_from_profile_for_rtcp(&policy->policy.rtcp, profile);
}

// One master key per policy and no MKI: all mediasoup adds. libsrtp 2 reads key and salt from one
// buffer whose length its crypto policy (set by the profile first) already knows.
inline srtp_err_status_t srtp_policy_add_key(
  srtp_policy_t policy,
  const uint8_t* key,
  size_t keyLen,
  const uint8_t* salt,
  size_t saltLen,
  const uint8_t* /*mki*/,
  size_t mkiLen)
{
	const size_t expected = static_cast<size_t>(policy->policy.rtp.cipher_key_len);
	if (policy->policy.key != nullptr || mkiLen != 0 || keyLen + saltLen != expected)
		return srtp_err_status_bad_param;
	std::memcpy(policy->keyAndSalt, key, keyLen);
	std::memcpy(policy->keyAndSalt + keyLen, salt, saltLen);
	policy->policy.key = policy->keyAndSalt;
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_allow_repeat_tx(srtp_policy_t policy, bool allow)
{
	policy->policy.allow_repeat_tx = allow ? 1 : 0;
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_window_size(srtp_policy_t policy, size_t windowSize)
{
	policy->policy.window_size = windowSize;
	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_create(srtp_t* session, const srtp_policy_t policy)
{
	return srtp_create(session, &policy->policy);
}
#endif
